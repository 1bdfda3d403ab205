package nl.motiemonitor.shared;

import java.time.Instant;

/**
 * The source of a harvested item as its page names it: {@code kind} names the source (messages
 * {@code source.kind.<kind>}), {@code url} its page of the record (may be null), {@code deletedAt} when the source
 * deleted the record (null while it has it).
 */
public record SourceLink(String kind, String url, Instant deletedAt) {

    /** The link of an item's source, or null for an item no harvest brought. */
    public static SourceLink of(ItemSource source) {
        return source == null ? null : source.link();
    }
}
