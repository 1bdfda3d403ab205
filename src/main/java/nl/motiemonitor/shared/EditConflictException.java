package nl.motiemonitor.shared;

/**
 * Someone saved the item after the editor opened it: the save is refused so that neither change is lost.
 * The page shows both versions.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;

    public EditConflictException(long currentVersion) {
        super("Het item is intussen door iemand anders gewijzigd.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
