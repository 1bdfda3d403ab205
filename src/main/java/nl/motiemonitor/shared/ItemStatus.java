package nl.motiemonitor.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an adopted motion or a commitment stands. {@code OVERDUE} is not a status: it is derived from the due date
 * (see {@link Deadline}). {@code DISCHARGED} and {@code LAPSED} (vervallen: no longer relevant, for a reason) end the
 * lifecycle.
 */
public enum ItemStatus {

    OPEN("Open", "Aangenomen of toegezegd; er is nog niets ontvangen."),
    IN_PROGRESS("In behandeling", "Er is een voortgangsbericht of opdracht, maar nog geen afdoening."),
    DISCHARGE_PROPOSED("Afdoening voorgesteld", "Het college of de bewindspersoon beschouwt het als afgedaan; de raad moet nog beslissen."),
    DISCHARGED("Afgedaan", "De raad heeft de afdoening aanvaard."),
    LAPSED("Vervallen", "Niet meer aan de orde, bijvoorbeeld door een nieuwe wet of een latere motie; de reden staat in de geschiedenis.");

    private final String label;
    private final String description;

    ItemStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The moves the lifecycle allows from this status. */
    public Set<ItemStatus> successors() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DISCHARGE_PROPOSED, LAPSED);
            case IN_PROGRESS -> EnumSet.of(DISCHARGE_PROPOSED, LAPSED);
            case DISCHARGE_PROPOSED -> EnumSet.of(DISCHARGED, IN_PROGRESS, LAPSED);
            case DISCHARGED, LAPSED -> EnumSet.noneOf(ItemStatus.class);
        };
    }

    /**
     * Whether the lifecycle has ended (discharged or lapsed): no move leads on, the executive owes nothing more, so
     * the item is never open, late or awaiting a decision.
     */
    public boolean closed() {
        return successors().isEmpty();
    }

    public boolean canMoveTo(ItemStatus target) {
        return successors().contains(target);
    }

    /** A URL-friendly, lower-case name used in filters ({@code ?status=afdoening-voorgesteld}). */
    public String slug() {
        return label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    public static java.util.Optional<ItemStatus> fromSlug(String slug) {
        for (ItemStatus status : values()) {
            if (status.slug().equals(slug)) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
