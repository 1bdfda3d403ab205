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
    private final MotionRequests requests;

    LettersOnMotions(MotionRepository motions, CommitmentCatalog commitments, MotionRequests requests) {
        this.motions = motions;
        this.commitments = commitments;
        this.requests = requests;
    }

    @EventListener
    void on(LetterAnswered answered) {
        if (answered.item() instanceof MotionId id) {
            Motion motion = motions.findById(id.value())
                    .orElseThrow(() -> new IllegalArgumentException("Motie " + id.value() + " bestaat niet."));
            if (requests.isSplit(motion.id())) {
                requests.answer(motion, answered, () -> commitments.stillPromisedIn(answered.letterId()));
            } else if (!answered.requestIds().isEmpty()) {
                throw new nl.motiemonitor.shared.DomainRuleViolation("rule.request.notSplit",
                        motion.registrationNumber());
            } else {
                answered.applyTo(motion, () -> commitments.stillPromisedIn(answered.letterId()));
            }
        }
    }
}
