package nl.motiemonitor.harvest;

/** A source answered with an error status or a shape its client cannot read; the message is Dutch, for the log. */
public class HarvestSourceException extends RuntimeException {

    public HarvestSourceException(String message) {
        super(message);
    }

    public HarvestSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
