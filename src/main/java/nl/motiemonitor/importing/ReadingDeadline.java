package nl.motiemonitor.importing;

import java.time.Duration;

/**
 * The moment by which reading one document must be done: extraction and recognition share it. Checked by the
 * extractor between pages and by the reader inside every regular expression ({@link DeadlineText}).
 */
public final class ReadingDeadline {

    private final long at;
    private final Duration budget;
    /** How often the clock was looked at: a measure of the work done, for tests (one thread uses a deadline). */
    private long checks;

    private ReadingDeadline(long at, Duration budget) {
        this.at = at;
        this.budget = budget;
    }

    /** The deadline {@code budget} from now. */
    public static ReadingDeadline after(Duration budget) {
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("Ongeldige tijd voor het lezen van een document: " + budget);
        }
        return new ReadingDeadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** The whole budget this deadline was set with, for messages ("langer dan 20 seconden"). */
    public Duration budget() {
        return budget;
    }

    public boolean passed() {
        return System.nanoTime() - at >= 0;
    }

    /** Time left, never negative. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, at - System.nanoTime()));
    }

    /** Throws {@link ReadingTooSlowException} once the deadline has passed. */
    void check() {
        checks++;
        if (passed()) {
            throw new ReadingTooSlowException();
        }
    }

    long checks() {
        return checks;
    }

    /** {@code text} as a {@link CharSequence} whose matchers stop at this deadline. */
    CharSequence guard(CharSequence text) {
        return text instanceof DeadlineText ? text : new DeadlineText(text, this);
    }
}
