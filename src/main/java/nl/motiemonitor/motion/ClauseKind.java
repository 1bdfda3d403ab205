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

    /** What the executive must do (verzoekt, draagt op): each such clause is a request of its own. */
    public boolean operative() {
        return this == REQUEST || this == INSTRUCTION;
    }
}
