package nl.motiemonitor.shared;

/** A commitment (toezegging), by id. */
public record CommitmentId(long value) implements ItemId {

    static final String FORM_PREFIX = "toezegging";

    @Override
    public String formValue() {
        return FORM_PREFIX + ":" + value;
    }
}
