package nl.motiemonitor.staff;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.letter.Letters;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter and what it does to the items it answers, in one transaction: claiming discharge moves an item to
 * DISCHARGE_PROPOSED, a progress report moves an open item to IN_PROGRESS. An item that cannot make the move (say,
 * it is discharged already) stops the whole save with the reason.
 */
@Service
@Transactional
public class LetterRegistration {

    private final Letters letters;
    private final Motions motions;
    private final Commitments commitments;

    LetterRegistration(Letters letters, Motions motions, Commitments commitments) {
        this.letters = letters;
        this.motions = motions;
        this.commitments = commitments;
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
        for (LetterAnswer answer : answers) {
            String which = letter.sentOn() == null ? "De brief" : "De brief van " + DutchDates.format(letter.sentOn());
            boolean discharge = answer.response() == LetterResponse.DISCHARGE_CLAIMED;
            StatusChangeDetails details = StatusChangeDetails.of(letter.sentOn(), recordedBy,
                    discharge ? which + " beschouwt dit als afgedaan." + (dischargeNote == null ? "" : " " + dischargeNote)
                            : which + " meldt de voortgang.").byLetter(letterId);
            Lifecycle items = answer.motionId() != null ? motions : commitments;
            Long id = answer.motionId() != null ? answer.motionId() : answer.commitmentId();
            if (discharge) {
                items.proposeDischarge(id, details);
            } else {
                items.reportProgress(id, details);
            }
        }
    }

    private static String key(LetterAnswer answer) {
        return answer.motionId() != null ? "m" + answer.motionId() : "c" + answer.commitmentId();
    }
}
