package nl.motiemonitor.staff;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A status change as a clerk records it: which move, why, and since when. */
class StatusForm implements Serializable {

    /** Kept in the session, in PostgreSQL, from a refused post to the page that shows it (a flash attribute). */
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The moves a clerk can record by hand; letters record theirs when they are registered. Their names for people
     * are {@code staff.move.<NAME>} in messages.properties.
     */
    public enum Move {
        REPORT_PROGRESS, PROPOSE_DISCHARGE, ACCEPT_DISCHARGE, REJECT_DISCHARGE, LAPSE;

        /** Records this move on the item. */
        public <I extends nl.motiemonitor.shared.ItemId> void apply(nl.motiemonitor.shared.Lifecycle<I> items, I id,
                nl.motiemonitor.shared.StatusChangeDetails details) {
            switch (this) {
                case REPORT_PROGRESS -> items.reportProgress(id, details);
                case PROPOSE_DISCHARGE -> items.proposeDischarge(id, details);
                case ACCEPT_DISCHARGE -> items.acceptDischarge(id, details);
                case REJECT_DISCHARGE -> items.rejectDischarge(id, details);
                case LAPSE -> items.lapse(id, details);
            }
        }

        /** The confirmation once recorded (a message of messages.properties): a lapse says the reason is kept. */
        public String notice() {
            return this == LAPSE ? "staff.statusChanged.lapsed" : "staff.statusChanged";
        }
    }

    @NotNull(message = "{staff.status.move.required}")
    private Move move;

    @NotBlank(message = "{staff.status.reason.required}")
    @Size(max = 2000, message = "{staff.field.reason.tooLong}")
    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.status.effectiveOn.future}")
    private LocalDate effectiveOn;

    public Move getMove() {
        return move;
    }

    public void setMove(Move move) {
        this.move = move;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
