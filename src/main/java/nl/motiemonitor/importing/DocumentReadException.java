package nl.motiemonitor.importing;

/**
 * A file that cannot be read as a document, with a message for the clerk ({@link #message()}, said in the clerk's
 * language by the portal); {@link #getMessage()} is that message in Dutch.
 */
public class DocumentReadException extends Exception {

    /** Why the file could not be read. */
    public enum Reason {
        EMPTY, NOT_A_PDF, ENCRYPTED, CORRUPT, NO_TEXT, TOO_LARGE, TOO_MANY_PAGES, TOO_SLOW, NOT_TEXT, UNREADABLE, BUSY
    }

    private final Reason reason;
    private final ReaderMessage message;

    public DocumentReadException(Reason reason, ReaderMessage message) {
        this(reason, message, null);
    }

    public DocumentReadException(Reason reason, ReaderMessage message, Throwable cause) {
        super(message.dutch(), cause);
        this.reason = reason;
        this.message = message;
    }

    public Reason reason() {
        return reason;
    }

    public ReaderMessage message() {
        return message;
    }
}
