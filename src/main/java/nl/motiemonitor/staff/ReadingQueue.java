package nl.motiemonitor.staff;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.motiemonitor.importing.DocumentReadException;
import nl.motiemonitor.importing.DocumentReadException.Reason;
import nl.motiemonitor.importing.ReaderMessage;

/**
 * At most {@code turns} documents are read at once (issue 12.5): each costs a child JVM and up to a core for the time
 * budget. Others wait in line, first come first served, for at most {@code wait}; the line itself is short too (four
 * per turn), so no request thread waits behind a crowd. Who does not get a turn is asked to try again
 * ({@code staff.import.busy}; {@link #BUSY} in Dutch).
 */
final class ReadingQueue {

    static final String BUSY = "Er worden nu te veel documenten tegelijk gelezen; probeer het over een minuut opnieuw.";

    private final Semaphore turns;
    private final int size;
    private final int longestLine;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    ReadingQueue(int turns, Duration wait) {
        if (turns < 1 || wait == null || wait.isNegative()) {
            throw new IllegalArgumentException("Ongeldige wachtrij voor het lezen van documenten: " + turns + ", " + wait);
        }
        this.turns = new Semaphore(turns, true);
        this.size = turns;
        this.longestLine = 4 * turns;
        this.wait = wait;
    }

    /** A turn, to be closed when the document is read; or a {@link Reason#BUSY} refusal after waiting. */
    Turn take() throws DocumentReadException {
        if (waiting.incrementAndGet() > longestLine) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
        return new Turn(turns);
    }

    /** Documents being read right now. */
    int reading() {
        return size - turns.availablePermits();
    }

    private static DocumentReadException busy() {
        return new DocumentReadException(Reason.BUSY, ReaderMessage.of("staff.import.busy"));
    }

    /** A document's turn; closing it lets the next one in. */
    static final class Turn implements AutoCloseable {
        private final Semaphore turns;
        private boolean closed;

        private Turn(Semaphore turns) {
            this.turns = turns;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                turns.release();
            }
        }
    }
}
