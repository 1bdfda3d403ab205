package nl.motiemonitor.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A status change as a clerk records it: which move, why, and since when. */
class StatusForm {

    /** The moves a clerk can record by hand; letters record theirs when they are registered. */
    public enum Move {
        REPORT_PROGRESS("In behandeling (voortgang of opdracht)"),
        PROPOSE_DISCHARGE("Afdoening voorgesteld"),
        ACCEPT_DISCHARGE("Raad aanvaardt de afdoening: afgedaan"),
        REJECT_DISCHARGE("Raad aanvaardt de afdoening niet: terug naar in behandeling");

        private final String label;

        Move(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Records this move on the item. */
        public <I extends nl.motiemonitor.shared.ItemId> void apply(nl.motiemonitor.shared.Lifecycle<I> items, I id,
                nl.motiemonitor.shared.StatusChangeDetails details) {
            switch (this) {
                case REPORT_PROGRESS -> items.reportProgress(id, details);
                case PROPOSE_DISCHARGE -> items.proposeDischarge(id, details);
                case ACCEPT_DISCHARGE -> items.acceptDischarge(id, details);
                case REJECT_DISCHARGE -> items.rejectDischarge(id, details);
            }
        }
    }

    @NotNull(message = "Kies de statuswijziging.")
    private Move move;

    @NotBlank(message = "Vermeld de reden van de statuswijziging.")
    @Size(max = 2000, message = "De reden is te lang (hoogstens 2.000 tekens).")
    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "De datum ligt in de toekomst.")
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
