package nl.motiemonitor.letter;

import java.util.function.LongConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemSource;

/**
 * Registers a letter and, once it is published, tells the modules of the items it answers ({@link LetterAnswered}),
 * all in one transaction: claiming discharge moves an item to DISCHARGE_PROPOSED (one proposed already stays so), a
 * progress report moves an open item to IN_PROGRESS (and leaves a proposed discharge as it is), a postponement does
 * that too and moves the term to the letter's new date, and "not discharged" leaves the status as it is. An item
 * that cannot make the move (say, it is discharged already) stops the whole save with the reason.
 *
 * <p>A letter acts when it is published, not before: a draft letter is the clerk's work in progress and leaves no
 * trace in what the public sees (statuses, counts, timelines, feeds, mail). Publishing it, then or later, applies what
 * it does to each item it answers that it has not moved yet.
 */
@Service
@Transactional
public class LetterRegistration {

    private final Letters letters;
    private final ApplicationEventPublisher events;

    LetterRegistration(Letters letters, ApplicationEventPublisher events) {
        this.letters = letters;
        this.events = events;
    }

    /** Saves a letter; a published one acts on its items at once. */
    public long register(LetterDraft draft, String recordedBy) {
        return register(draft, recordedBy, letterId -> { });
    }

    /**
     * Saves a letter whose promises are registered (as commitments made in it) by {@code promises} before it acts,
     * so that a discharge it claims can say what it still promises.
     */
    public long register(LetterDraft draft, String recordedBy, LongConsumer promises) {
        long letterId = letters.register(draft);
        promises.accept(letterId);
        actIfPublished(letterId, draft, recordedBy);
        return letterId;
    }

    /** Saves an edit; once published, the letter acts on each item it has not moved yet, earlier moves stay. */
    public void revise(BodyId body, long letterId, long expectedVersion, LetterDraft draft, String recordedBy) {
        letters.revise(body, letterId, expectedVersion, draft);
        actIfPublished(letterId, draft, recordedBy);
    }

    /** Records where a harvest brought the letter from (see {@link Letters#recordSource}). */
    public void recordSource(BodyId body, long letterId, ItemSource source) {
        letters.recordSource(body, letterId, source);
    }

    private void actIfPublished(long letterId, LetterDraft letter, String recordedBy) {
        if (!letter.published()) {
            return;
        }
        for (LetterAnswer answer : letter.answers()) {
            events.publishEvent(new LetterAnswered(letterId, letter.bodyId(), letter.sentOn(), recordedBy,
                    answer.item(), answer.response(), answer.newDueDate(), answer.requestIds()));
        }
    }
}
