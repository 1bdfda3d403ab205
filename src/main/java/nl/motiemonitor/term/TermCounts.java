package nl.motiemonitor.term;

/** A body's published items that are late now, that await the council's decision, and that fall due within 30 days. */
public record TermCounts(long late, long awaitingDecision, long dueSoon) {
}
