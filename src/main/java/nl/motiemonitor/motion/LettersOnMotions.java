package nl.motiemonitor.motion;

import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.letter.LetterAnswered;
import nl.motiemonitor.shared.MotionId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What a published letter does to a motion it answers, in the letter's transaction. */
@Component
class LettersOnMotions {

    private final MotionRepository motions;
    private final CommitmentCatalog commitments;

    LettersOnMotions(MotionRepository motions, CommitmentCatalog commitments) {
        this.motions = motions;
        this.commitments = commitments;
    }

    @EventListener
    void on(LetterAnswered answered) {
        if (answered.item() instanceof MotionId id) {
            Motion motion = motions.findById(id.value())
                    .orElseThrow(() -> new IllegalArgumentException("Motie " + id.value() + " bestaat niet."));
            answered.applyTo(motion, () -> commitments.stillPromisedIn(answered.letterId()));
        }
    }
}
