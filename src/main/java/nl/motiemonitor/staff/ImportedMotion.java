package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.MotionId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A motion in the review form of an import, as the reader found it: registered when new (with its vote, sponsors and
 * the clauses the clerk kept), linked when the body has it already, and answered as the letter says.
 */
class ImportedMotion extends VoteInput {

    @NotBlank(message = "{staff.import.motion.number.required}")
    @Size(max = 40, message = "{staff.field.registrationNumber.tooLong}")
    private String number;

    @Size(max = 500, message = "{staff.field.title.tooLong}")
    private String title;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{staff.import.motion.adoptedOn.future}")
    private LocalDate adoptedOn;

    private DatePrecision adoptedOnPrecision = DatePrecision.DAY;

    /** The new term, when the letter postpones this motion. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDueDate;

    /** For an existing motion tracked per request: the numbers of the requests the letter answers; blank: all. */
    @jakarta.validation.constraints.Size(max = 200, message = "{staff.answer.requests.tooLong}")
    private String requests;

    /** The ids of those requests, once {@link RequestNumbers} has read them. */
    private List<Long> requestIds = List.of();

    @Size(max = 500, message = "{staff.import.motion.debate.tooLong}")
    private String debate;

    @Size(max = 40, message = "{staff.field.debateReference.tooLong}")
    private String debateReference;

    @Size(max = 2000, message = "{staff.import.motion.sponsors.tooLong}")
    private String sponsors;

    @NotNull(message = "{staff.import.motion.response.required}")
    private LetterResponse response = LetterResponse.PROGRESS_ONLY;

    @Valid
    private List<ClauseRow> clauses = new ArrayList<>();

    /** Footnotes the reader separated from the clauses; carried along unseen and kept when their words remain. */
    private List<FootnoteRow> footnotes = new ArrayList<>();

    /**
     * The motion to register: the clauses the clerk kept (an emptied one is dropped), with the footnotes whose
     * words are still in their clause.
     */
    MotionDraft toDraft(Long bodyId, boolean published) {
        List<MotionDraft.ClauseDraft> kept = new ArrayList<>();
        List<MotionDraft.FootnoteDraft> notes = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            ClauseRow clause = clauses.get(i);
            if (clause.isEmpty()) {
                continue;
            }
            int index = kept.size();
            kept.add(clause.toDraft());
            int number = i + 1;
            footnotes.stream().filter(note -> note.fits(number, clause.getText()))
                    .forEach(note -> notes.add(note.toDraft(index)));
        }
        return new MotionDraft(bodyId, number, title, null, adoptedOn, adoptedOnPrecision, debate, debateReference,
                getVoteOutcome(), getVotesFor(), getVotesAgainst(), partyVotes(), null, List.of(), kept, notes,
                published);
    }

    /** Why the motion starts in its status: "Aangenomen bij de bespreking van 'Begroting 2026'." */
    String adoptionReason() {
        return getVoteOutcome().label() + (debate == null ? "" : " bij de bespreking van '" + debate + "'") + ".";
    }

    /** What the letter does with this motion, once it has its id. */
    LetterAnswer answer(Long motionId) {
        return LetterAnswer.of(new MotionId(motionId), response, response == LetterResponse.POSTPONED ? newDueDate : null)
                .forRequests(requestIds);
    }

    void answeringRequests(List<Long> ids) {
        this.requestIds = List.copyOf(ids);
    }

    public String getRequests() {
        return requests;
    }

    public void setRequests(String requests) {
        this.requests = requests;
    }

    List<MemberName> parsedSponsors() {
        return SponsorLines.parse(sponsors);
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

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
