package nl.motiemonitor.motion;

/** The parts of a motion, each under its customary Dutch heading. */
public enum ClauseKind {
    NOTING("Constaterende dat"),
    CONSIDERING("Overwegende dat"),
    OPINION("Van mening dat"),
    REQUEST("Verzoekt het college"),
    INSTRUCTION("Draagt het college op");

    private final String heading;

    ClauseKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
