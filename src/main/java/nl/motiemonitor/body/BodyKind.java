package nl.motiemonitor.body;

public enum BodyKind {
    MUNICIPALITY("Gemeente"),
    PROVINCE("Provincie"),
    WATER_BOARD("Waterschap"),
    PARLIAMENT("Parlement");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
