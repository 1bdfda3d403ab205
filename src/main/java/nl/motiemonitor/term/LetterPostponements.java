package nl.motiemonitor.term;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.letter.LetterAnswered;
import nl.motiemonitor.letter.LetterResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A published letter that postpones moves the item's term to the date it asks for, once. */
@Component
class LetterPostponements {

    private final Terms terms;

    LetterPostponements(Terms terms) {
        this.terms = terms;
    }

    @EventListener
    void on(LetterAnswered answered) {
        if (answered.response() == LetterResponse.POSTPONED
                && !terms.extendedBy(answered.item(), answered.letterId())) {
            terms.extend(answered.item(), new BodyId(answered.bodyId()), answered.newDueDate(),
                    answered.which() + " vraagt uitstel.", answered.recordedBy(), answered.letterId());
        }
    }
}
