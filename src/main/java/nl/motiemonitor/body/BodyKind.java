package nl.motiemonitor.body;

/** The kinds of body, and who decides on a proposed discharge in each: its council, in the body's own words. */
public enum BodyKind {
    MUNICIPALITY("Gemeente", "de raad"),
    PROVINCE("Provincie", "Provinciale Staten"),
    WATER_BOARD("Waterschap", "het algemeen bestuur"),
    PARLIAMENT("Parlement", "de Kamer");

    private final String label;
    private final String council;

    BodyKind(String label, String council) {
        this.label = label;
        this.council = council;
    }

    public String label() {
        return label;
    }

    /** "de raad", "Provinciale Staten", "het algemeen bestuur", "de Kamer": as in "wacht op besluit van de raad". */
    public String council() {
        return council;
    }
}
