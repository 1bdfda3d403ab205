package nl.motiemonitor.shared;

/** Thrown when an item is asked to make a move its lifecycle does not allow. */
public class IllegalStatusTransitionException extends DomainRuleViolation {

    public IllegalStatusTransitionException(String code, Object... arguments) {
        super(code, arguments);
    }
}
