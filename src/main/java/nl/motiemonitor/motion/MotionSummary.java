package nl.motiemonitor.motion;

import java.time.LocalDate;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemTitles;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.context.MessageSourceResolvable;

/** A motion in a list; {@code partlyDischarged}: some of its requests are discharged, not all ("deels afgedaan"). */
public record MotionSummary(Long id, Long bodyId, String registrationNumber, String urlKey, String title,
        LocalDate adoptedOn, DatePrecision adoptedOnPrecision, VoteOutcome voteOutcome, ItemStatus status,
        LocalDate dueDate, boolean published, boolean partlyDischarged) {

    /** The title, or "Motie 2014-11" / "Motion 2014-11" when the sources give none, in the page's language. */
    public MessageSourceResolvable label() {
        return ItemTitles.motion(title, registrationNumber);
    }

    /** The title, or "Motie 2014-11" when the sources give none (in Dutch: staff pages and mails). */
    public String displayTitle() {
        return title != null ? title : "Motie " + registrationNumber;
    }

    static MotionSummary of(Motion motion) {
        return new MotionSummary(motion.id(), motion.bodyId(), motion.registrationNumber(), motion.urlKey(),
                motion.title(), motion.adoptedOn(), motion.adoptedOnPrecision(), motion.voteOutcome(), motion.status(),
                motion.dueDate(), motion.published(), motion.partlyDischarged());
    }
}
