package nl.motiemonitor.importing;

/** Reading a document went past its {@link ReadingDeadline}; the reader turns it into a message for the clerk. */
final class ReadingTooSlowException extends RuntimeException {

    ReadingTooSlowException() {
        super("Het lezen duurde langer dan de tijd die ervoor is", null, false, false);
    }
}
