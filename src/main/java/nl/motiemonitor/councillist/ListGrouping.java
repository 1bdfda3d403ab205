package nl.motiemonitor.councillist;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the griffie groups its list: by where each line stands (late first, then awaiting the council, open, recently
 * done), by portfolio holder, by department, by committee, or by kind (motions, requests of motions, commitments). The slug is the
 * URL's value ({@code ?groep=portefeuillehouder}); a group's heading is Dutch, as the list is.
 */
public enum ListGrouping {
    STATUS("status"), PORTFOLIO_HOLDER("portefeuillehouder"), DEPARTMENT("afdeling"), COMMITTEE("commissie"),
    KIND("soort");

    /** The heading of lines with no portfolio holder or department. */
    static final String UNASSIGNED = "Niet toegewezen";

    private final String slug;

    ListGrouping(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ListGrouping> fromSlug(String slug) {
        return Arrays.stream(values()).filter(grouping -> grouping.slug.equals(slug)).findFirst();
    }

    /** The heading of the group a line belongs to. */
    String key(CouncilListRow row) {
        return switch (this) {
            case STATUS -> standing(row);
            case PORTFOLIO_HOLDER -> orUnassigned(row.portfolioHolder());
            case DEPARTMENT -> orUnassigned(row.department());
            case COMMITTEE -> orUnassigned(row.committee());
            case KIND -> switch (row.kind()) {
                case MOTION, REQUEST -> "Moties";
                case COMMITMENT -> "Toezeggingen";
            };
        };
    }

    /**
     * The message naming the group in the page's language ({@code list.group.*}), for groups the portal names itself
     * (standing, kind, unassigned); null for a name from the data (a portfolio holder, a department, a committee).
     */
    String code(CouncilListRow row) {
        return switch (this) {
            case STATUS -> "list.group." + (row.late() ? "late" : row.awaitingDecision() ? "awaiting"
                    : row.done() ? "done" : "open");
            case KIND -> row.kind() == CouncilListRow.Kind.COMMITMENT ? "list.group.commitments" : "list.group.motions";
            default -> key(row).equals(UNASSIGNED) ? "list.group.unassigned" : null;
        };
    }

    /** Groups in a griffie's order: by standing late first; by name alphabetically, unassigned last. */
    String order(CouncilListRow row) {
        return switch (this) {
            case STATUS -> standingRank(row) + standing(row);
            case PORTFOLIO_HOLDER, DEPARTMENT, COMMITTEE -> key(row).equals(UNASSIGNED) ? "\uffff" : key(row).toLowerCase();
            case KIND -> row.kind() == CouncilListRow.Kind.COMMITMENT ? "2" : "1";
        };
    }

    private static String standing(CouncilListRow row) {
        if (row.late()) {
            return "Te laat";
        }
        if (row.awaitingDecision()) {
            return "Wacht op besluit van de raad";
        }
        return row.done() ? "Recent afgedaan of vervallen" : "Open en in behandeling";
    }

    private static int standingRank(CouncilListRow row) {
        return row.late() ? 1 : row.awaitingDecision() ? 2 : row.done() ? 4 : 3;
    }

    private static String orUnassigned(String name) {
        return name == null || name.isBlank() ? UNASSIGNED : name;
    }
}
