package nl.motiemonitor.motion;

/** A party group's vote on a motion. */
public enum VotePosition {
    FOR("Voor"),
    AGAINST("Tegen");

    private final String label;

    VotePosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
