package nl.motiemonitor.letter;

/** A body already has a letter with this kenmerk. */
public class DuplicateLetterReferenceException extends RuntimeException {

    public DuplicateLetterReferenceException(String reference) {
        super("Er is al een brief met kenmerk " + reference + " bij dit bestuursorgaan.");
    }
}
