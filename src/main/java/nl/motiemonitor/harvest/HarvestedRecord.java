package nl.motiemonitor.harvest;

import java.net.URI;

/** One record read from a source, identified by the source's own id (stable across harvests). */
public sealed interface HarvestedRecord permits HarvestedMotion, HarvestedCommitment, HarvestedLetter,
        HarvestedDeletion {

    /** The source's own, stable id of the record (a GUID, a Notubiz item id, an iBabs entry id). */
    String sourceId();

    /** What kind of item a record is. */
    enum Kind { MOTION, COMMITMENT, LETTER }

    /** The kind of item the record is (a deletion: the kind of item it deletes). */
    default Kind kind() {
        return this instanceof HarvestedMotion ? Kind.MOTION
                : this instanceof HarvestedCommitment ? Kind.COMMITMENT : Kind.LETTER;
    }

    /** The page of the record at its source, for "Bron: …"; may be null. */
    default URI sourceUrl() {
        return null;
    }
}
