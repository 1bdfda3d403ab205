package nl.motiemonitor.importing;

/** A file that cannot be read as a document, with a message in Dutch for the clerk. */
public class DocumentReadException extends Exception {

    /** Why the file could not be read. */
    public enum Reason {
        EMPTY, NOT_A_PDF, ENCRYPTED, CORRUPT, NO_TEXT, TOO_LARGE, TOO_MANY_PAGES, TOO_SLOW, NOT_TEXT, UNREADABLE, BUSY
    }

    private final Reason reason;

    public DocumentReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
