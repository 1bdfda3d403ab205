package nl.motiemonitor.motion;

/** A body already has a motion with this registration number. */
public class DuplicateRegistrationNumberException extends RuntimeException {

    public DuplicateRegistrationNumberException(String registrationNumber) {
        super("Er is al een motie met registratienummer " + registrationNumber + " bij dit bestuursorgaan.");
    }
}
