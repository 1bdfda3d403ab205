package nl.motiemonitor.dashboard;

/** One body in the national comparison: items not discharged, late now, awaiting the council, and discharged. */
public record BodyComparison(String slug, String name, String kind, long open, long late, long awaitingDecision,
        long discharged, TermFigures terms) {
}
