package nl.motiemonitor.dashboard;

/**
 * How timely the executive answers: of the items with a term that were answered (a discharge proposed) or are late
 * now, how many were answered on or before the term; and the median number of days from adoption (or making) to
 * discharge. {@code median} is null when nothing was discharged yet.
 */
public record TermFigures(long judged, long answeredInTime, Double medianDays, long extended) {

    /** Percentage answered in time, rounded; null when no item's term has been put to the test yet. */
    public Long percentInTime() {
        return judged == 0 ? null : Math.round(100.0 * answeredInTime / judged);
    }
}
