package nl.motiemonitor.dashboard;

/** Open (not discharged), late and discharged items of one group: a portfolio holder, a department, a party. */
public record GroupFigures(String name, long open, long late, long discharged) {
}
