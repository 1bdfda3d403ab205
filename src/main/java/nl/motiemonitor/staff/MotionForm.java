package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a clerk types into the motion form. Only these fields bind: never the id or the body, which come from the
 * URL; the version is bound on purpose, to detect concurrent edits.
 */
class MotionForm extends VoteInput {

    @NotBlank(message = "{staff.motion.registrationNumber.required}")
    @Size(max = 40, message = "{staff.field.registrationNumber.tooLong}")
    private String registrationNumber;

    @Size(max = 500, message = "{staff.field.title.tooLong}")
    private String title;

    @Size(max = 10000, message = "{staff.motion.summary.tooLong}")
    private String summary;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.motion.adoptedOn.future}")
    private LocalDate adoptedOn;

    private DatePrecision adoptedOnPrecision = DatePrecision.DAY;

    @Size(max = 500, message = "{staff.motion.debate.tooLong}")
    private String debate;

    @Size(max = 40, message = "{staff.field.debateReference.tooLong}")
    private String debateReference;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private boolean published;

    private List<Long> sponsorIds = new ArrayList<>();

    @Size(max = 2000, message = "{staff.motion.newSponsors.tooLong}")
    private String newSponsors;

    @Valid
    private List<ClauseRow> clauses = new ArrayList<>();

    @Valid
    private List<FootnoteRow> footnotes = new ArrayList<>();

    /** The registration number of the earlier motion of the body that this one replaces (gewijzigde motie). */
    @Size(max = 40, message = "{staff.motion.replacesNumber.tooLong}")
    private String replacesNumber;

    private Long version;

    public MotionForm() {
        setVoteOutcome(VoteOutcome.ADOPTED);
    }

    static MotionForm of(MotionDraft draft, String replacesNumber, long version) {
        MotionForm form = new MotionForm();
        form.registrationNumber = draft.registrationNumber();
        form.title = draft.title();
        form.summary = draft.summary();
        form.adoptedOn = draft.adoptedOn();
        form.adoptedOnPrecision = draft.adoptedOnPrecision();
        form.debate = draft.debate();
        form.debateReference = draft.debateReference();
        form.fillFrom(draft);
        form.dueDate = draft.dueDate();
        form.published = draft.published();
        form.sponsorIds = new ArrayList<>(draft.sponsorIds());
        draft.clauses().forEach(clause -> form.clauses.add(ClauseRow.of(clause)));
        draft.footnotes().forEach(footnote -> form.footnotes.add(FootnoteRow.of(footnote)));
        form.replacesNumber = replacesNumber;
        form.version = version;
        return form;
    }

    MotionDraft toDraft(Long bodyId, List<Long> allSponsorIds) {
        return new MotionDraft(bodyId, registrationNumber, title, summary, adoptedOn, adoptedOnPrecision,
                debate, debateReference, getVoteOutcome(), getVotesFor(), getVotesAgainst(), partyVotes(), dueDate,
                allSponsorIds,
                clauses.stream().map(ClauseRow::toDraft).toList(),
                footnotes.stream().map(row -> row.toDraft(row.getClauseNumber() - 1)).toList(),
                published);
    }

    /** New sponsors typed one per line, optionally with their party group: "Jansen (GroenLinks)". */
    List<MemberName> parsedNewSponsors() {
        return SponsorLines.parse(newSponsors);
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<Long> getSponsorIds() {
        return sponsorIds;
    }

    public void setSponsorIds(List<Long> sponsorIds) {
        this.sponsorIds = sponsorIds == null ? new ArrayList<>() : sponsorIds;
    }

    public String getNewSponsors() {
        return newSponsors;
    }

    public void setNewSponsors(String newSponsors) {
        this.newSponsors = newSponsors;
    }

    public List<ClauseRow> getClauses() {
        return clauses;
    }

    public void setClauses(List<ClauseRow> clauses) {
        this.clauses = clauses;
    }

    public List<FootnoteRow> getFootnotes() {
        return footnotes;
    }

    public void setFootnotes(List<FootnoteRow> footnotes) {
        this.footnotes = footnotes;
    }

    public String getReplacesNumber() {
        return replacesNumber;
    }

    public void setReplacesNumber(String replacesNumber) {
        this.replacesNumber = replacesNumber;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
