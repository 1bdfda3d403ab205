package nl.motiemonitor.letter;

/** What a letter says of an item it answers. */
public enum LetterResponse {
    DISCHARGE_CLAIMED("Afdoening geclaimd"),
    PROGRESS_ONLY("Alleen voortgang");

    private final String label;

    LetterResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
