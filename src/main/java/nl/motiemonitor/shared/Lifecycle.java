package nl.motiemonitor.shared;

/**
 * The status moves a clerk can record on an item; motions ({@code Lifecycle<MotionId>}) and commitments
 * ({@code Lifecycle<CommitmentId>}) both offer them.
 */
public interface Lifecycle<I extends ItemId> {

    void reportProgress(I item, StatusChangeDetails details);

    void proposeDischarge(I item, StatusChangeDetails details);

    void acceptDischarge(I item, StatusChangeDetails details);

    void rejectDischarge(I item, StatusChangeDetails details);

    /** The item no longer applies (vervallen); {@code details} must say why. */
    void lapse(I item, StatusChangeDetails details);
}
