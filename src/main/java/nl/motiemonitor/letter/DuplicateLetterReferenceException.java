package nl.motiemonitor.letter;

import nl.motiemonitor.shared.DomainRuleViolation;

/** A body already has a letter with this kenmerk. */
public class DuplicateLetterReferenceException extends DomainRuleViolation {

    public DuplicateLetterReferenceException(String reference) {
        super("rule.letter.duplicateReference", reference);
    }
}
