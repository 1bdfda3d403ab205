package nl.motiemonitor.motion;

/** How the council dealt with a motion. Adopted, adopted without a vote and taken over start its lifecycle. */
public enum VoteOutcome {
    ADOPTED("Aangenomen", "Aangenomen op"),
    ADOPTED_WITHOUT_VOTE("Aangenomen zonder stemming", "Aangenomen zonder stemming op"),
    TAKEN_OVER("Overgenomen door het college", "Overgenomen op"),
    REJECTED("Verworpen", "Verworpen op"),
    WITHDRAWN("Ingetrokken", "Ingetrokken op"),
    HELD("Aangehouden", "Aangehouden op");

    private final String label;
    private final String dateLabel;

    VoteOutcome(String label, String dateLabel) {
        this.label = label;
        this.dateLabel = dateLabel;
    }

    public String label() {
        return label;
    }

    /** What the date of the vote is called on a page: "Aangenomen op", "Verworpen op". */
    public String dateLabel() {
        return dateLabel;
    }

    /** Whether the executive must now carry it out: the motion gets a status and a term. */
    public boolean adopted() {
        return this == ADOPTED || this == ADOPTED_WITHOUT_VOTE || this == TAKEN_OVER;
    }
}
