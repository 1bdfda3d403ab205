package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterFootnote;
import org.springframework.format.annotation.DateTimeFormat;

/** What a clerk types into the letter form; the body comes from the URL, the items are checked against it. */
class LetterForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.field.sentOn.future}")
    private LocalDate sentOn;

    @Size(max = 500, message = "{staff.field.subject.tooLong}")
    private String subject;

    @Size(max = 100, message = "{staff.field.reference.tooLong}")
    private String reference;

    @Size(max = 40, message = "{staff.field.registrationNumber.tooLong}")
    private String registrationNumber;

    @Size(max = 100, message = "{staff.field.yourReference.tooLong}")
    private String yourReference;

    @Size(max = 300, message = "{staff.letter.addressee.tooLong}")
    private String addressee;

    @Size(max = 300, message = "{staff.field.sender.tooLong}")
    private String sender;

    @Size(max = 200, message = "{staff.field.contactName.tooLong}")
    private String contactName;

    @Size(max = 300, message = "{staff.field.department.tooLong}")
    private String department;

    @Size(max = 300, message = "{staff.field.unit.tooLong}")
    private String unit;

    @Pattern(regexp = "^$|^[0-9 ()+-]{3,40}$", message = "{staff.field.phone.invalid}")
    private String phone;

    @Email(message = "{staff.field.email.invalid}")
    @Size(max = 254, message = "{staff.field.email.tooLong}")
    private String email;

    @PositiveOrZero(message = "{staff.letter.attachmentCount.negative}")
    @Max(value = 1000, message = "{staff.letter.attachmentCount.tooLarge}")
    private Integer attachmentCount;

    @Size(max = 200000, message = "{staff.field.fullText.tooLong}")
    private String fullText;

    @Valid
    private List<SignatoryRow> signatories = new ArrayList<>();

    @Valid
    private List<AnswerRow> answers = new ArrayList<>();

    private boolean published;

    private Long version;

    static LetterForm of(LetterDraft draft, long version) {
        LetterForm form = new LetterForm();
        form.sentOn = draft.sentOn();
        form.subject = draft.subject();
        form.reference = draft.reference();
        form.registrationNumber = draft.registrationNumber();
        form.yourReference = draft.yourReference();
        form.addressee = draft.addressee();
        form.sender = draft.sender();
        form.contactName = draft.contactName();
        form.department = draft.department();
        form.unit = draft.unit();
        form.phone = draft.phone();
        form.email = draft.email();
        form.attachmentCount = draft.attachmentCount();
        form.fullText = draft.fullText();
        form.published = draft.published();
        draft.signatories().forEach(signatory -> form.signatories.add(SignatoryRow.of(signatory)));
        draft.answers().forEach(answer -> form.answers.add(AnswerRow.of(answer)));
        form.version = version;
        return form;
    }

    LetterDraft toDraft(Long bodyId, List<LetterFootnote> footnotes) {
        return new LetterDraft(bodyId, sentOn, subject, reference, registrationNumber, yourReference, addressee,
                contactName, department, unit, phone, email, attachmentCount, sender, fullText,
                signatories.stream().map(SignatoryRow::toSignatory).toList(), footnotes,
                answers.stream().filter(row -> !row.isEmpty()).map(AnswerRow::toAnswer).toList(), published);
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getYourReference() {
        return yourReference;
    }

    public void setYourReference(String yourReference) {
        this.yourReference = yourReference;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getAttachmentCount() {
        return attachmentCount;
    }

    public void setAttachmentCount(Integer attachmentCount) {
        this.attachmentCount = attachmentCount;
    }

    public String getFullText() {
        return fullText;
    }

    public void setFullText(String fullText) {
        this.fullText = fullText;
    }

    public List<SignatoryRow> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryRow> signatories) {
        this.signatories = signatories;
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

    public void setAnswers(List<AnswerRow> answers) {
        this.answers = answers;
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
