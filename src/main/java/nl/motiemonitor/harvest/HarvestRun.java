package nl.motiemonitor.harvest;

/**
 * What one run of a source did: its counts and pages, whether it read the last page ({@code complete}), and its
 * error (Dutch; null when none). {@code busy}: it did not run, because another run of the source was going on.
 */
public record HarvestRun(HarvestSource source, HarvestCounts counts, int pages, boolean complete, String error,
        boolean busy) {

    static HarvestRun busy(HarvestSource source) {
        return new HarvestRun(source, HarvestCounts.NONE, 0, false, null, true);
    }

    public boolean failed() {
        return error != null;
    }
}
