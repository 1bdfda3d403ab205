package nl.motiemonitor.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A body's source as the staff area and the harvest see it: its setup, where the next run starts ({@code cursor}: the
 * next page of a run that stopped; {@code resumeCursor}: where a run that reached the last page said to go on
 * from), and the last run: when it started and finished, its error (Dutch, null when it went well), its pages and
 * counts; {@code running} while some instance of the portal harvests it.
 */
public record HarvestSource(long id, long bodyId, SourceSetup setup, String cursor, String resumeCursor,
        Instant lastStartedAt, Instant lastFinishedAt, String lastError, int lastPages, HarvestCounts lastCounts,
        boolean running) {

    public SourceKind kind() {
        return setup.kind();
    }

    public URI baseUrl() {
        return setup.baseUrl();
    }

    public Map<String, String> parameters() {
        return setup.parameters();
    }

    /** What the source's client reads. */
    public SourceSettings settings() {
        return new SourceSettings(setup.kind(), setup.baseUrl(), setup.parameters());
    }

    /** Whether the last run stopped before the last page (an error, or the most pages it could read). */
    public boolean interrupted() {
        return cursor != null;
    }
}
