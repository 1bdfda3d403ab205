package nl.motiemonitor.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import nl.motiemonitor.commitment.CommitmentDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** A promise of later action; registered as a commitment only when the clerk keeps it. */
class PromiseRow {

    private boolean keep = true;

    @Size(max = 5000, message = "{staff.promise.text.tooLong}")
    private String text;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    @Size(max = 200, message = "{staff.field.dueDateText.tooLong}")
    private String dueDateText;

    /** Kept by the clerk, and with a text to keep. */
    boolean isKept() {
        return keep && text != null;
    }

    CommitmentDraft toDraft(Long bodyId, LocalDate madeOn, String madeIn, Long madeInLetterId, boolean published) {
        return new CommitmentDraft(bodyId, text, madeOn, madeIn, madeInLetterId, null, dueDate, dueDateText, published);
    }

    public boolean isKeep() {
        return keep;
    }

    public void setKeep(boolean keep) {
        this.keep = keep;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getDueDateText() {
        return dueDateText;
    }

    public void setDueDateText(String dueDateText) {
        this.dueDateText = dueDateText;
    }
}
