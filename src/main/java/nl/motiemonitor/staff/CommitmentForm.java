package nl.motiemonitor.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.commitment.CommitmentDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** What a clerk types into the commitment form; the number is the portal's, the body comes from the URL. */
class CommitmentForm {

    @NotBlank(message = "{staff.commitment.text.required}")
    @Size(max = 10000, message = "{staff.commitment.text.tooLong}")
    private String text;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.commitment.madeOn.future}")
    private LocalDate madeOn;

    @Size(max = 500, message = "{staff.commitment.madeIn.tooLong}")
    private String madeIn;

    private Long requestedByMemberId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    @Size(max = 200, message = "{staff.field.dueDateText.tooLong}")
    private String dueDateText;

    private boolean published;

    private Long version;

    static CommitmentForm of(CommitmentDraft draft, long version) {
        CommitmentForm form = new CommitmentForm();
        form.text = draft.text();
        form.madeOn = draft.madeOn();
        form.madeIn = draft.madeIn();
        form.requestedByMemberId = draft.requestedByMemberId();
        form.dueDate = draft.dueDate();
        form.dueDateText = draft.dueDateText();
        form.published = draft.published();
        form.version = version;
        return form;
    }

    CommitmentDraft toDraft(Long bodyId, Long madeInLetter, Long requestedBy) {
        return new CommitmentDraft(bodyId, text, madeOn, madeIn, madeInLetter, requestedBy, dueDate, dueDateText,
                published);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public String getMadeIn() {
        return madeIn;
    }

    public void setMadeIn(String madeIn) {
        this.madeIn = madeIn;
    }

    public Long getRequestedByMemberId() {
        return requestedByMemberId;
    }

    public void setRequestedByMemberId(Long requestedByMemberId) {
        this.requestedByMemberId = requestedByMemberId;
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

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
