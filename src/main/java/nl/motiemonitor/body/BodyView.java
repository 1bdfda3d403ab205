package nl.motiemonitor.body;

/** What other modules and pages know of a body. */
public record BodyView(Long id, String slug, String name, BodyKind kind, String cbsCode, String theme) {

    /** The body's id, typed, for the other modules' APIs. */
    public BodyId bodyId() {
        return new BodyId(id);
    }
}
