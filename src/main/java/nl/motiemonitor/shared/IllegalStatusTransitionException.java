package nl.motiemonitor.shared;

/** Thrown when an item is asked to make a move its lifecycle does not allow; the message is Dutch, for the user. */
public class IllegalStatusTransitionException extends RuntimeException {

    public IllegalStatusTransitionException(String message) {
        super(message);
    }
}
