package nl.motiemonitor.body;

/** A governing body, by id: what the other modules' APIs take to name the body they work for. */
public record BodyId(long value) {
}
