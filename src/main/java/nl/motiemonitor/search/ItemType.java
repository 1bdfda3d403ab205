package nl.motiemonitor.search;

import java.util.Optional;

/** What a search result is; its slug is the value of {@code ?soort=} in search URLs. */
public enum ItemType {
    MOTION("Motie", "Moties", "motie"),
    COMMITMENT("Toezegging", "Toezeggingen", "toezegging"),
    LETTER("Brief", "Brieven", "brief");

    private final String label;
    private final String pluralLabel;
    private final String slug;

    ItemType(String label, String pluralLabel, String slug) {
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.slug = slug;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ItemType> fromSlug(String slug) {
        for (ItemType type : values()) {
            if (type.slug.equals(slug)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
