package nl.motiemonitor.harvest;

/** The kinds of source a body's items can be harvested from. */
public enum SourceKind {
    TWEEDE_KAMER("Tweede Kamer (open data)"),
    NOTUBIZ("Notubiz"),
    IBABS("iBabs");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    /** How the page names the source after "Bron:". */
    public String label() {
        return label;
    }
}
