package nl.motiemonitor.shared;

/** A motion, by id. */
public record MotionId(long value) implements ItemId {

    static final String FORM_PREFIX = "motie";

    @Override
    public String formValue() {
        return FORM_PREFIX + ":" + value;
    }
}
