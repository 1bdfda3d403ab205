package nl.motiemonitor.dashboard;

/**
 * Of the discharged items with a term: how many were discharged within it; and the median number of days from
 * adoption (or making) to discharge. {@code median} is null when nothing was discharged yet.
 */
public record TermFigures(long dischargedWithTerm, long withinTerm, Double medianDays, long extended) {

    /** Percentage discharged within the term, rounded; null when nothing with a term was discharged. */
    public Long percentWithinTerm() {
        return dischargedWithTerm == 0 ? null : Math.round(100.0 * withinTerm / dischargedWithTerm);
    }
}
