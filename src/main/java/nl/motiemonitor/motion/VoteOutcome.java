package nl.motiemonitor.motion;

public enum VoteOutcome {
    ADOPTED("Aangenomen"),
    ADOPTED_WITHOUT_VOTE("Aangenomen zonder stemming"),
    REJECTED("Verworpen"),
    WITHDRAWN("Ingetrokken"),
    HELD("Aangehouden");

    private final String label;

    VoteOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean adopted() {
        return this == ADOPTED || this == ADOPTED_WITHOUT_VOTE;
    }
}
