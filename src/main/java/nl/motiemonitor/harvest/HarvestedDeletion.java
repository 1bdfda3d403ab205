package nl.motiemonitor.harvest;

/** The source removed a record it published before (the Kamer's {@code Verwijderd: true}). */
public record HarvestedDeletion(Kind kind, String sourceId) implements HarvestedRecord {
}
