package nl.motiemonitor.importing;

/**
 * Text that stops a regular expression at a {@link ReadingDeadline}: every {@value #CHECK_EVERY} characters a matcher reads,
 * it looks at the clock, and past the deadline it throws {@link ReadingTooSlowException}. The reader's patterns are
 * linear (PatternsAreLinearTest); this is the guard for the one nobody foresaw. One instance per matcher and thread.
 */
final class DeadlineText implements CharSequence {

    /** Reads between two looks at the clock: about a microsecond of matching, so the check costs next to nothing. */
    static final int CHECK_EVERY = 1 << 10;

    private final CharSequence text;
    /** The text when it is a String (nearly always): read directly, which keeps matching as fast as on a String. */
    private final String string;
    private final ReadingDeadline deadline;
    private int reads;

    DeadlineText(CharSequence text, ReadingDeadline deadline) {
        this.text = text;
        this.string = text instanceof String s ? s : null;
        this.deadline = deadline;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            deadline.check();
        }
        return string != null ? string.charAt(index) : text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
