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

    /** Where a source of this kind is read unless a body's setup says otherwise; null where each body has its own. */
    public String defaultBaseUrl() {
        return this == TWEEDE_KAMER ? "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/" : null;
    }

    /** As the {@code harvest} command names it: "tweede-kamer", "notubiz", "ibabs". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind the command's {@code --bron} names, if any. */
    public static java.util.Optional<SourceKind> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }
}
