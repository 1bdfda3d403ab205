package nl.motiemonitor.shared;

/** The status moves a clerk can record on an item by id; motions and commitments both offer them. */
public interface Lifecycle {

    void reportProgress(Long id, StatusChangeDetails details);

    void proposeDischarge(Long id, StatusChangeDetails details);

    void acceptDischarge(Long id, StatusChangeDetails details);

    void rejectDischarge(Long id, StatusChangeDetails details);

    /** Whether a move of the item was recorded because of this letter. */
    boolean movedBy(Long id, Long letterId);
}
