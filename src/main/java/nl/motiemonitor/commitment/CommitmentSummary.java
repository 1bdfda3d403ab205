package nl.motiemonitor.commitment;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/** A commitment in a list. */
public record CommitmentSummary(Long id, Long bodyId, String number, String urlKey, String text, LocalDate madeOn,
        ItemStatus status, LocalDate dueDate, String dueDateText, boolean published) {

    static CommitmentSummary of(Commitment commitment) {
        return new CommitmentSummary(commitment.id(), commitment.bodyId(), commitment.number(), commitment.urlKey(),
                commitment.text(), commitment.madeOn(), commitment.status(), commitment.dueDate(),
                commitment.dueDateText(), commitment.published());
    }
}
