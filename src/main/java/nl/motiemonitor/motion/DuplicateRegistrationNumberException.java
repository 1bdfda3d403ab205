package nl.motiemonitor.motion;

import nl.motiemonitor.shared.DomainRuleViolation;

/** A body already has a motion with this registration number, perhaps written otherwise ("M 168" for "M-168"). */
public class DuplicateRegistrationNumberException extends DomainRuleViolation {

    public DuplicateRegistrationNumberException(String existingNumber) {
        super("rule.motion.duplicateNumber", existingNumber);
    }
}
