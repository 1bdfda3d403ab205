package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.motiemonitor.importing.DocumentReadException;
import org.junit.jupiter.api.Test;

/** At most N documents are read at once; the rest wait a bounded time in a short line (issue 12.5). */
class ReadingQueueTest {

    @Test
    void aThirdDocumentWaitsForATurnAndGetsOneWhenAReadingEnds() throws Exception {
        ReadingQueue queue = new ReadingQueue(2, Duration.ofSeconds(5));
        ReadingQueue.Turn first = queue.take();
        ReadingQueue.Turn second = queue.take();
        assertThat(queue.reading()).isEqualTo(2);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<ReadingQueue.Turn> third = executor.submit(queue::take);
            Thread.sleep(200);
            assertThat(third).isNotDone();
            first.close();
            third.get(2, TimeUnit.SECONDS).close();
            second.close();
            assertThat(queue.reading()).isZero();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void whoWaitsLongerThanTheWaitIsAskedToTryAgainInDutch() throws Exception {
        ReadingQueue queue = new ReadingQueue(1, Duration.ofMillis(200));
        try (ReadingQueue.Turn turn = queue.take()) {
            long start = System.nanoTime();
            assertThatThrownBy(queue::take).isInstanceOf(DocumentReadException.class)
                    .hasMessage("Er worden nu te veel documenten tegelijk gelezen; probeer het over een minuut opnieuw.")
                    .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(DocumentReadException.Reason.BUSY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(2));
        }
        queue.take().close();
    }

    /** The line is never longer than four per turn: the fifth waiter is refused at once, not after the wait. */
    @Test
    void theLineIsShort() throws Exception {
        ReadingQueue queue = new ReadingQueue(1, Duration.ofSeconds(30));
        ReadingQueue.Turn turn = queue.take();
        ExecutorService executor = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        List<Future<?>> waiting = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                waiting.add(executor.submit(() -> {
                    started.countDown();
                    queue.take().close();
                    return null;
                }));
            }
            started.await();
            Thread.sleep(200);
            long start = System.nanoTime();
            assertThatThrownBy(queue::take).isInstanceOf(DocumentReadException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            turn.close();
            for (Future<?> w : waiting) {
                w.get(5, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
