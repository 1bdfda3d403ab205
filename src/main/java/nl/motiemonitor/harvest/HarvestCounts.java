package nl.motiemonitor.harvest;

/**
 * What a harvest did with the records it read: items registered, updated, found unchanged, with a new conflict
 * (a clerk's edit kept), unpublished because the source deleted them, records left aside with nothing to store (a
 * motion not decided yet, a deletion of something never harvested) and records refused because they break a rule
 * of the portal (listed in {@link HarvestProblems}).
 */
public record HarvestCounts(int created, int updated, int unchanged, int conflicts, int deleted, int skipped,
        int refused) {

    public static final HarvestCounts NONE = new HarvestCounts(0, 0, 0, 0, 0, 0, 0);

    /** What one record came to. */
    enum Outcome { CREATED, UPDATED, UNCHANGED, CONFLICT, DELETED, SKIPPED, REFUSED }

    HarvestCounts plus(Outcome outcome) {
        return new HarvestCounts(created + one(outcome, Outcome.CREATED), updated + one(outcome, Outcome.UPDATED),
                unchanged + one(outcome, Outcome.UNCHANGED), conflicts + one(outcome, Outcome.CONFLICT),
                deleted + one(outcome, Outcome.DELETED), skipped + one(outcome, Outcome.SKIPPED),
                refused + one(outcome, Outcome.REFUSED));
    }

    public HarvestCounts plus(HarvestCounts other) {
        return new HarvestCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                conflicts + other.conflicts, deleted + other.deleted, skipped + other.skipped,
                refused + other.refused);
    }

    /**
     * "3 nieuw, 1 bijgewerkt, 40 ongewijzigd, 1 conflict, 0 verwijderd, 2 niets op te slaan, 1 overgeslagen", as the
     * command prints.
     */
    public String inDutch() {
        return created + " nieuw, " + updated + " bijgewerkt, " + unchanged + " ongewijzigd, " + conflicts
                + (conflicts == 1 ? " conflict, " : " conflicten, ") + deleted + " verwijderd, " + skipped
                + " niets op te slaan, " + refused + " overgeslagen";
    }

    private static int one(Outcome outcome, Outcome counted) {
        return outcome == counted ? 1 : 0;
    }
}
