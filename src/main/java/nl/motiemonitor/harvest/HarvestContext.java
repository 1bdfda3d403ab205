package nl.motiemonitor.harvest;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.StatusChangeDetails;

/**
 * What storing one source's records needs to know: the body, the kind of source, and whether new items are published
 * at once. Every change a harvest makes is recorded by {@link #ACTOR}, the source named in the reason.
 */
record HarvestContext(BodyId body, SourceKind kind, boolean publish) {

    /** Who records a harvest's changes, in the audit trail and the status history. */
    static final String ACTOR = "Motiemonitor (oogst)";

    long bodyId() {
        return body.value();
    }

    /** "Bijgewerkt uit Tweede Kamer (open data)": the note of a harvest's revisions. */
    String note() {
        return "Bijgewerkt uit " + kind.label();
    }

    /** The reason of a status move a harvest records: "Geoogst uit Tweede Kamer (open data)." */
    String reason() {
        return "Geoogst uit " + kind.label() + ".";
    }

    /** A move on a known day, or on none when the source gives none (then it counts neither in time nor late). */
    StatusChangeDetails details(java.time.LocalDate on, String reason) {
        return on == null ? StatusChangeDetails.undated(ACTOR, reason) : StatusChangeDetails.of(on, ACTOR, reason);
    }
}
