package nl.motiemonitor.harvest;

/** A motion, commitment or letter, by id: the item a conflict is about. */
record ItemRef(HarvestedRecord.Kind kind, long id) {

    /** The column of {@code harvest_conflicts} that names it. */
    String column() {
        return switch (kind) {
            case MOTION -> "motion_id";
            case COMMITMENT -> "commitment_id";
            case LETTER -> "letter_id";
        };
    }
}
