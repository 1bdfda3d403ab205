package nl.motiemonitor.staff;

import java.util.List;
import java.util.stream.Collectors;

import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.Letters;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter and what it does to the items it answers, in one transaction: claiming discharge moves an item to
 * DISCHARGE_PROPOSED (one proposed already stays so), a progress report moves an open item to IN_PROGRESS (and leaves a
 * proposed discharge as it is), a postponement does that too and moves the
 * term to the letter's new date (the clerk's save accepts it), and "not discharged" leaves the status as it is. An item
 * that cannot make the move (say, it is discharged already) stops the whole save with the reason.
 *
 * <p>A letter acts when it is published, not before: a draft letter is the clerk's work in progress and leaves no
 * trace in what the public sees (statuses, counts, timelines, feeds, mail). Publishing it, then or later, applies what
 * it does to each item it answers that it has not moved yet; its promises still open are named in the reason of a
 * discharge it claims.
 */
@Service
@Transactional
public class LetterRegistration {

    private final Letters letters;
    private final Motions motions;
    private final Commitments commitments;
    private final CommitmentCatalog commitmentCatalog;
    private final Terms terms;

    LetterRegistration(Letters letters, Motions motions, Commitments commitments, CommitmentCatalog commitmentCatalog,
            Terms terms) {
        this.letters = letters;
        this.motions = motions;
        this.commitments = commitments;
        this.commitmentCatalog = commitmentCatalog;
        this.terms = terms;
    }

    /** Saves a letter; a published one acts on its items at once. */
    public Long register(LetterDraft draft, String recordedBy) {
        Long letterId = letters.register(draft);
        actIfPublished(letterId, draft, recordedBy);
        return letterId;
    }

    /**
     * Saves a letter whose promises are registered (as commitments made in it) by {@code promises} before it acts,
     * so that a discharge it claims can say what it still promises.
     */
    Long register(LetterDraft draft, String recordedBy, java.util.function.LongConsumer promises) {
        Long letterId = letters.register(draft);
        promises.accept(letterId);
        actIfPublished(letterId, draft, recordedBy);
        return letterId;
    }

    /** Saves an edit; once published, the letter acts on each item it has not moved yet, earlier moves stay. */
    void revise(Long bodyId, Long letterId, long expectedVersion, LetterDraft draft, String recordedBy) {
        letters.revise(bodyId, letterId, expectedVersion, draft);
        actIfPublished(letterId, draft, recordedBy);
    }

    private void actIfPublished(Long letterId, LetterDraft letter, String recordedBy) {
        if (!letter.published()) {
            return;
        }
        String which = letter.sentOn() == null ? "De brief" : "De brief van " + DutchDates.format(letter.sentOn());
        for (LetterAnswer answer : letter.answers()) {
            Lifecycle items = answer.motionId() != null ? motions : commitments;
            TermItem item = answer.motionId() != null ? TermItem.MOTION : TermItem.COMMITMENT;
            Long id = answer.motionId() != null ? answer.motionId() : answer.commitmentId();
            if (items.movedBy(id, letterId) || terms.extendedBy(item, id, letterId)) {
                continue;
            }
            switch (answer.response()) {
                case DISCHARGE_CLAIMED -> items.claimDischargeByLetter(id, StatusChangeDetails.of(letter.sentOn(), recordedBy,
                        which + " beschouwt dit als afgedaan." + stillPromised(letterId)).byLetter(letterId));
                case PROGRESS_ONLY -> items.reportProgressByLetter(id, StatusChangeDetails.of(letter.sentOn(), recordedBy,
                        which + " meldt de voortgang.").byLetter(letterId));
                case POSTPONED -> {
                    items.reportProgress(id, StatusChangeDetails.of(letter.sentOn(), recordedBy,
                            which + " vraagt uitstel tot " + DutchDates.format(answer.newDueDate()) + ".")
                            .byLetter(letterId));
                    terms.extend(item, letter.bodyId(), id, answer.newDueDate(), which + " vraagt uitstel.",
                            recordedBy, letterId);
                }
                case NOT_DISCHARGED -> {
                    // the letter is linked and shown with the item; its status stays as it is
                }
            }
        }
    }

    /** " Let op: de brief belooft ook nog: …." for the letter's promises not discharged, or nothing. */
    private String stillPromised(Long letterId) {
        List<CommitmentSummary> open = commitmentCatalog.madeIn(letterId).stream()
                .filter(commitment -> commitment.status() != ItemStatus.DISCHARGED).toList();
        return open.isEmpty() ? "" : " Let op: de brief belooft ook nog: " + open.stream()
                .map(promise -> promise.text().strip() + (promise.dueDate() == null ? ""
                        : " (termijn " + DutchDates.format(promise.dueDate()) + ")"))
                .collect(Collectors.joining("; ")) + ".";
    }
}
