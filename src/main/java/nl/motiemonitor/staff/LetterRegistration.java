package nl.motiemonitor.staff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.Letters;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter and what it does to the items it answers, in one transaction: claiming discharge moves an item to
 * DISCHARGE_PROPOSED, a progress report moves an open item to IN_PROGRESS, a postponement does that too and moves the
 * term to the letter's new date (the clerk's save accepts it), and "not discharged" leaves the status as it is. An item
 * that cannot make the move (say, it is discharged already) stops the whole save with the reason.
 */
@Service
@Transactional
public class LetterRegistration {

    private final Letters letters;
    private final Motions motions;
    private final Commitments commitments;
    private final Terms terms;

    LetterRegistration(Letters letters, Motions motions, Commitments commitments, Terms terms) {
        this.letters = letters;
        this.motions = motions;
        this.commitments = commitments;
        this.terms = terms;
    }

    public Long register(LetterDraft draft, String recordedBy) {
        return register(draft, recordedBy, null);
    }

    /**
     * @param dischargeNote added to the reason of every discharge claim, e.g. what the letter still promises; the
     *                      item's timeline then shows that it was declared done while more is to come
     */
    Long register(LetterDraft draft, String recordedBy, String dischargeNote) {
        Long letterId = letters.register(draft);
        applyToItems(letterId, draft, draft.answers(), recordedBy, dischargeNote);
        return letterId;
    }

    /** Saves an edit; only items the edit adds are moved, earlier moves stay as recorded. */
    void revise(Long bodyId, Long letterId, long expectedVersion, LetterDraft draft, List<LetterAnswer> before,
            String recordedBy) {
        letters.revise(bodyId, letterId, expectedVersion, draft);
        Set<String> known = before.stream().map(LetterRegistration::key).collect(Collectors.toSet());
        applyToItems(letterId, draft, draft.answers().stream().filter(answer -> !known.contains(key(answer))).toList(),
                recordedBy, null);
    }

    private void applyToItems(Long letterId, LetterDraft letter, List<LetterAnswer> answers, String recordedBy,
            String dischargeNote) {
        String which = letter.sentOn() == null ? "De brief" : "De brief van " + DutchDates.format(letter.sentOn());
        for (LetterAnswer answer : answers) {
            Lifecycle items = answer.motionId() != null ? motions : commitments;
            TermItem item = answer.motionId() != null ? TermItem.MOTION : TermItem.COMMITMENT;
            Long id = answer.motionId() != null ? answer.motionId() : answer.commitmentId();
            switch (answer.response()) {
                case DISCHARGE_CLAIMED -> items.proposeDischarge(id, StatusChangeDetails.of(letter.sentOn(), recordedBy,
                        which + " beschouwt dit als afgedaan." + (dischargeNote == null ? "" : " " + dischargeNote))
                        .byLetter(letterId));
                case PROGRESS_ONLY -> items.reportProgress(id, StatusChangeDetails.of(letter.sentOn(), recordedBy,
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

    private static String key(LetterAnswer answer) {
        return answer.motionId() != null ? "m" + answer.motionId() : "c" + answer.commitmentId();
    }
}
