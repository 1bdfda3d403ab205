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
            case STATUS -> Standing.of(row).heading;
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
            case STATUS -> "list.group." + Standing.of(row).code;
            case KIND -> row.kind() == CouncilListRow.Kind.COMMITMENT ? "list.group.commitments" : "list.group.motions";
            default -> key(row).equals(UNASSIGNED) ? "list.group.unassigned" : null;
        };
    }

    /** Groups in a griffie's order: by standing late first; by name alphabetically, unassigned last. */
    String order(CouncilListRow row) {
        return switch (this) {
            case STATUS -> String.valueOf(Standing.of(row).ordinal());
            case PORTFOLIO_HOLDER, DEPARTMENT, COMMITTEE -> key(row).equals(UNASSIGNED) ? "\uffff" : key(row).toLowerCase();
            case KIND -> row.kind() == CouncilListRow.Kind.COMMITMENT ? "2" : "1";
        };
    }

    /** Where a line stands, in the griffie's order: its Dutch heading and its message code. */
    private enum Standing {
        LATE("Te laat", "late"),
        AWAITING("Wacht op besluit van de raad", "awaiting"),
        OPEN("Open en in behandeling", "open"),
        DONE("Recent afgedaan of vervallen", "done");

        private final String heading;
        private final String code;

        Standing(String heading, String code) {
            this.heading = heading;
            this.code = code;
        }

        static Standing of(CouncilListRow row) {
            return row.late() ? LATE : row.awaitingDecision() ? AWAITING : row.done() ? DONE : OPEN;
        }
    }

    private static String orUnassigned(String name) {
        return name == null || name.isBlank() ? UNASSIGNED : name;
    }
}
