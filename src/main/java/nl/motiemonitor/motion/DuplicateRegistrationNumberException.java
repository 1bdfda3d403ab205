package nl.motiemonitor.motion;

/** A body already has a motion with this registration number, perhaps written otherwise ("M 168" for "M-168"). */
public class DuplicateRegistrationNumberException extends RuntimeException {

    public DuplicateRegistrationNumberException(String existingNumber) {
        super("Er is al een motie met dit registratienummer bij dit bestuursorgaan: " + existingNumber + ".");
    }
}
