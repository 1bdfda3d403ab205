package nl.motiemonitor.dashboard;

/** One body in the national comparison. */
public record BodyComparison(String slug, String name, String kind, long open, long overdue, long discharged,
        TermFigures terms) {
}
