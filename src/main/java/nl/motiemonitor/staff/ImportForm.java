package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.shared.DutchDates;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review form of an imported document: everything the reader recognised, for the clerk to correct before
 * anything is stored. Motions that already exist in the body are linked, not created again.
 */
class ImportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.field.sentOn.future}")
    private LocalDate sentOn;

    @Size(max = 500, message = "{staff.field.subject.tooLong}")
    private String subject;

    @Size(max = 100, message = "{staff.field.reference.tooLong}")
    private String reference;

    @Size(max = 40, message = "{staff.field.registrationNumber.tooLong}")
    private String registrationNumber;

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

    @Size(max = 300, message = "{staff.field.sender.tooLong}")
    private String sender;

    @Size(max = 200000, message = "{staff.field.fullText.tooLong}")
    private String fullText;

    @Valid
    private List<SignatoryRow> signatories = new ArrayList<>();

    @Valid
    private List<ImportedMotion> motions = new ArrayList<>();

    @Valid
    private List<PromiseRow> promises = new ArrayList<>();

    private boolean published;

    /** Other items of the body the letter answers (motions or commitments it does not name by number). */
    @Valid
    private List<AnswerRow> answers = new ArrayList<>();

    /** The department to record as responsible for every item the letter answers (the contact's, as read). */
    @Size(max = 200, message = "{staff.field.responsibleDepartment.tooLong}")
    private String responsibleDepartment;

    private boolean assignDepartment;

    /** The letter to register, answering {@code answers}; signatory rows without a name are left out. */
    LetterDraft toLetterDraft(Long bodyId, List<LetterAnswer> answers) {
        return new LetterDraft(bodyId, sentOn, subject, reference, registrationNumber, null, null, contactName,
                department, unit, phone, email, null, sender, fullText,
                signatories.stream().filter(SignatoryRow::hasName).map(SignatoryRow::toSignatory).toList(), List.of(),
                answers, published);
    }

    /** Where the letter's promises were made: "Brief van 3 maart 2026 (2026-123)". */
    String madeIn() {
        return "Brief" + (sentOn == null ? "" : " van " + DutchDates.format(sentOn))
                + (reference == null ? "" : " (" + reference + ")");
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

    public void setAnswers(List<AnswerRow> answers) {
        this.answers = answers == null ? new ArrayList<>() : answers;
    }

    public String getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public void setResponsibleDepartment(String responsibleDepartment) {
        this.responsibleDepartment = responsibleDepartment;
    }

    public boolean isAssignDepartment() {
        return assignDepartment;
    }

    public void setAssignDepartment(boolean assignDepartment) {
        this.assignDepartment = assignDepartment;
    }

    /** True when the document is a motion itself, not a letter about one: then only the motions are stored. */
    private boolean motionDocument;

    public boolean isMotionDocument() {
        return motionDocument;
    }

    public void setMotionDocument(boolean motionDocument) {
        this.motionDocument = motionDocument;
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

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
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

    public List<ImportedMotion> getMotions() {
        return motions;
    }

    public void setMotions(List<ImportedMotion> motions) {
        this.motions = motions;
    }

    public List<PromiseRow> getPromises() {
        return promises;
    }

    public void setPromises(List<PromiseRow> promises) {
        this.promises = promises;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
