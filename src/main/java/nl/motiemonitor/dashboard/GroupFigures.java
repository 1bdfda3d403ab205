package nl.motiemonitor.dashboard;

/** Open (not discharged), overdue and discharged items of one group: a portfolio holder, a department, a party. */
public record GroupFigures(String name, long open, long overdue, long discharged) {
}
