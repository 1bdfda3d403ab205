package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The items of a body a letter can answer, for the choice lists of the letter form and the import review. */
@Component
class ItemChoices {

    /** An item in a choice list: value "motie:12", label "Motie RIS323480 – titel (Open)". */
    record ItemChoice(String value, String label) {
    }

    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final StaffText text;

    ItemChoices(MotionCatalog motions, CommitmentCatalog commitments, StaffText text) {
        this.motions = motions;
        this.commitments = commitments;
        this.text = text;
    }

    /** The body's adopted motions and its commitments, newest first; with {@code openOnly}, none closed. */
    List<ItemChoice> of(BodyView body, boolean openOnly) {
        List<ItemChoice> choices = new ArrayList<>();
        Sort newest = Sort.by(Sort.Order.desc("id"));
        for (MotionSummary motion : motions.listAll(body.bodyId(), null, null, Pageable.unpaged(newest))) {
            if (motion.status() != null && (!openOnly || !motion.status().closed())) {
                choices.add(new ItemChoice(new MotionId(motion.id()).formValue(), text.get("staff.choice.motion",
                        motion.registrationNumber(), abbreviate(motion.displayTitle()), status(motion.status()))));
            }
        }
        for (CommitmentSummary commitment : commitments.listAll(body.bodyId(), Pageable.unpaged(newest))) {
            if (!openOnly || !commitment.status().closed()) {
                choices.add(new ItemChoice(new CommitmentId(commitment.id()).formValue(), text.get("staff.choice.commitment",
                        commitment.number(), abbreviate(commitment.text()), status(commitment.status()))));
            }
        }
        return choices;
    }

    /** Per value: the choice, to name the items a letter answered. */
    Map<String, ItemChoice> byValue(BodyView body) {
        return of(body, false).stream().collect(Collectors.toMap(ItemChoice::value, Function.identity()));
    }

    /** The choice of an answer's item, or its bare value when it is gone. */
    static ItemChoice describe(Map<String, ItemChoice> choices, LetterAnswer answer) {
        String value = answer.item().formValue();
        return choices.getOrDefault(value, new ItemChoice(value, value));
    }

    private String status(ItemStatus status) {
        return text.get("status." + status.name());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
