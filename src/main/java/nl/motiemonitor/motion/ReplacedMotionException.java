package nl.motiemonitor.motion;

import nl.motiemonitor.shared.DomainRuleViolation;

/**
 * The motion a motion is said to replace cannot be replaced by it: the body has no motion of that number, it is the
 * motion itself, or another motion already replaces it.
 */
public class ReplacedMotionException extends DomainRuleViolation {

    ReplacedMotionException(String code, Object... arguments) {
        super(code, arguments);
    }
}
