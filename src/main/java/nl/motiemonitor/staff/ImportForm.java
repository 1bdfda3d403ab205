package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review form of an imported document: everything the reader recognised, for the clerk to correct before
 * anything is stored. Motions that already exist in the body are linked, not created again.
 */
class ImportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "De datum van de brief ligt in de toekomst.")
    private LocalDate sentOn;

    @Size(max = 500, message = "Het onderwerp is te lang (hoogstens 500 tekens).")
    private String subject;

    @Size(max = 100, message = "Het kenmerk is te lang (hoogstens 100 tekens).")
    private String reference;

    @Size(max = 40, message = "Het registratienummer is te lang (hoogstens 40 tekens).")
    private String registrationNumber;

    @Size(max = 200, message = "De naam van de contactpersoon is te lang (hoogstens 200 tekens).")
    private String contactName;

    @Size(max = 300, message = "De dienst is te lang (hoogstens 300 tekens).")
    private String department;

    @Size(max = 300, message = "De afdeling is te lang (hoogstens 300 tekens).")
    private String unit;

    @Pattern(regexp = "^$|^[0-9 ()+-]{3,40}$", message = "Vul een telefoonnummer in met alleen cijfers, spaties, haakjes, + of -.")
    private String phone;

    @Email(message = "Vul een geldig e-mailadres in.")
    @Size(max = 254, message = "Het e-mailadres is te lang.")
    private String email;

    @Size(max = 300, message = "De afzender is te lang (hoogstens 300 tekens).")
    private String sender;

    @Size(max = 200000, message = "De tekst is te lang (hoogstens 200.000 tekens).")
    private String fullText;

    @Valid
    private List<SignatoryRow> signatories = new ArrayList<>();

    @Valid
    private List<MotionRow> motions = new ArrayList<>();

    @Valid
    private List<PromiseRow> promises = new ArrayList<>();

    private boolean published;

    /** Other items of the body the letter answers (motions or commitments it does not name by number). */
    @Valid
    private List<AnswerRow> answers = new ArrayList<>();

    /** The department to record as responsible for every item the letter answers (the contact's, as read). */
    @Size(max = 200, message = "De afdeling is te lang (hoogstens 200 tekens).")
    private String responsibleDepartment;

    private boolean assignDepartment;

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

    public static class SignatoryRow {

        @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).")
        private String name;

        @Size(max = 200, message = "De functie is te lang (hoogstens 200 tekens).")
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public static class MotionRow extends VoteInput {

        @NotBlank(message = "Vul het registratienummer van de motie in.")
        @Size(max = 40, message = "Het registratienummer is te lang (hoogstens 40 tekens).")
        private String number;

        @Size(max = 500, message = "De titel is te lang (hoogstens 500 tekens).")
        private String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @PastOrPresent(message = "De datum van de stemming ligt in de toekomst.")
        private LocalDate adoptedOn;

        private DatePrecision adoptedOnPrecision = DatePrecision.DAY;

        /** The new term, when the letter postpones this motion. */
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate newDueDate;

        public LocalDate getNewDueDate() {
            return newDueDate;
        }

        public void setNewDueDate(LocalDate newDueDate) {
            this.newDueDate = newDueDate;
        }

        @Size(max = 500, message = "Het debat is te lang (hoogstens 500 tekens).")
        private String debate;

        @Size(max = 40, message = "De referentie is te lang (hoogstens 40 tekens).")
        private String debateReference;

        @Size(max = 2000, message = "De indieners zijn te lang.")
        private String sponsors;

        @NotNull(message = "Kies wat de brief over deze motie zegt.")
        private LetterResponse response = LetterResponse.PROGRESS_ONLY;

        @Valid
        private List<ClauseRow> clauses = new ArrayList<>();

        /** Footnotes the reader separated from the clauses; carried along unseen and kept when their words remain. */
        private List<FootnoteRow> footnotes = new ArrayList<>();

        public List<FootnoteRow> getFootnotes() {
            return footnotes;
        }

        public void setFootnotes(List<FootnoteRow> footnotes) {
            this.footnotes = footnotes;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getAdoptedOn() {
            return adoptedOn;
        }

        public void setAdoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
        }

        public DatePrecision getAdoptedOnPrecision() {
            return adoptedOnPrecision;
        }

        public void setAdoptedOnPrecision(DatePrecision adoptedOnPrecision) {
            this.adoptedOnPrecision = adoptedOnPrecision;
        }

        public String getDebate() {
            return debate;
        }

        public void setDebate(String debate) {
            this.debate = debate;
        }

        public String getDebateReference() {
            return debateReference;
        }

        public void setDebateReference(String debateReference) {
            this.debateReference = debateReference;
        }

        public String getSponsors() {
            return sponsors;
        }

        public void setSponsors(String sponsors) {
            this.sponsors = sponsors;
        }

        public LetterResponse getResponse() {
            return response;
        }

        public void setResponse(LetterResponse response) {
            this.response = response;
        }

        public List<ClauseRow> getClauses() {
            return clauses;
        }

        public void setClauses(List<ClauseRow> clauses) {
            this.clauses = clauses;
        }
    }

    public static class FootnoteRow {

        @Size(max = 10)
        private String marker;

        private int clause;

        @Size(max = 200)
        private String anchor;

        @Size(max = 5000)
        private String text;

        public String getMarker() {
            return marker;
        }

        public void setMarker(String marker) {
            this.marker = marker;
        }

        public int getClause() {
            return clause;
        }

        public void setClause(int clause) {
            this.clause = clause;
        }

        public String getAnchor() {
            return anchor;
        }

        public void setAnchor(String anchor) {
            this.anchor = anchor;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A clause as read; an emptied text drops it. */
    public static class ClauseRow {

        private ClauseKind kind = ClauseKind.NOTING;

        @Size(max = 5000, message = "De tekst van de overweging is te lang (hoogstens 5.000 tekens).")
        private String text;

        public ClauseKind getKind() {
            return kind;
        }

        public void setKind(ClauseKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** A promise of later action; registered as a commitment only when the clerk keeps it. */
    public static class PromiseRow {

        private boolean keep = true;

        @Size(max = 5000, message = "De tekst van de toezegging is te lang (hoogstens 5.000 tekens).")
        private String text;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        @Size(max = 200, message = "De termijn in woorden is te lang (hoogstens 200 tekens).")
        private String dueDateText;

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

    public List<MotionRow> getMotions() {
        return motions;
    }

    public void setMotions(List<MotionRow> motions) {
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
