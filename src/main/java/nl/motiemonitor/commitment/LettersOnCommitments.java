package nl.motiemonitor.commitment;

import nl.motiemonitor.letter.LetterAnswered;
import nl.motiemonitor.shared.CommitmentId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What a published letter does to a commitment it answers, in the letter's transaction. */
@Component
class LettersOnCommitments {

    private final CommitmentRepository commitments;
    private final CommitmentCatalog catalog;

    LettersOnCommitments(CommitmentRepository commitments, CommitmentCatalog catalog) {
        this.commitments = commitments;
        this.catalog = catalog;
    }

    @EventListener
    void on(LetterAnswered answered) {
        if (answered.item() instanceof CommitmentId id) {
            Commitment commitment = commitments.findById(id.value())
                    .orElseThrow(() -> new IllegalArgumentException("Toezegging " + id.value() + " bestaat niet."));
            answered.applyTo(commitment, () -> catalog.stillPromisedIn(answered.letterId()));
        }
    }
}
