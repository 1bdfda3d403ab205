package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a clerk types into the motion form. Only these fields bind: never the id or the body, which come from the
 * URL; the version is bound on purpose, to detect concurrent edits.
 */
class MotionForm extends VoteInput {

    @NotBlank(message = "Vul het registratienummer in.")
    @Size(max = 40, message = "Het registratienummer is te lang (hoogstens 40 tekens).")
    @Pattern(regexp = "^$|^[^\\s](.*[^\\s])?$", message = "Het registratienummer begint of eindigt met een spatie.")
    private String registrationNumber;

    @Size(max = 500, message = "De titel is te lang (hoogstens 500 tekens).")
    private String title;

    @Size(max = 10000, message = "De beschrijving is te lang (hoogstens 10.000 tekens).")
    private String summary;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "Die ligt in de toekomst.")
    private LocalDate adoptedOn;

    private DatePrecision adoptedOnPrecision = DatePrecision.DAY;

    @Size(max = 500, message = "De naam van het debat of voorstel is te lang (hoogstens 500 tekens).")
    private String debate;

    @Size(max = 40, message = "De referentie is te lang (hoogstens 40 tekens).")
    private String debateReference;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private boolean published;

    private List<Long> sponsorIds = new ArrayList<>();

    @Size(max = 2000, message = "De lijst nieuwe indieners is te lang.")
    private String newSponsors;

    @Valid
    private List<ClauseRow> clauses = new ArrayList<>();

    @Valid
    private List<FootnoteRow> footnotes = new ArrayList<>();

    private Long version;

    public MotionForm() {
        setVoteOutcome(VoteOutcome.ADOPTED);
    }

    public static class ClauseRow {

        @NotNull(message = "Kies de soort overweging.")
        private ClauseKind kind = ClauseKind.NOTING;

        @NotBlank(message = "Vul de tekst van de overweging in, of verwijder de regel.")
        @Size(max = 5000, message = "De tekst van de overweging is te lang (hoogstens 5.000 tekens).")
        private String text;

        public ClauseRow() {
        }

        ClauseRow(ClauseKind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

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

    public static class FootnoteRow {

        @NotBlank(message = "Vul het voetnootteken in (bijvoorbeeld 1).")
        @Size(max = 10, message = "Het voetnootteken is te lang (hoogstens 10 tekens).")
        private String marker;

        @NotNull(message = "Vul het nummer van de overweging in waar de voetnoot bij hoort.")
        @jakarta.validation.constraints.Min(value = 1, message = "Het nummer van de overweging begint bij 1.")
        private Integer clauseNumber;

        @NotBlank(message = "Vul de woorden in waar de voetnoot achter staat.")
        @Size(max = 200, message = "De woorden zijn te lang (hoogstens 200 tekens).")
        private String anchor;

        @Size(max = 5000, message = "De tekst van de voetnoot is te lang (hoogstens 5.000 tekens).")
        private String text;

        public FootnoteRow() {
        }

        /** A row the clerk added and left empty: ignored, not refused. */
        boolean isEmpty() {
            return isBlank(marker) && clauseNumber == null && isBlank(anchor) && isBlank(text);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        FootnoteRow(String marker, Integer clauseNumber, String anchor, String text) {
            this.marker = marker;
            this.clauseNumber = clauseNumber;
            this.anchor = anchor;
            this.text = text;
        }

        public String getMarker() {
            return marker;
        }

        public void setMarker(String marker) {
            this.marker = marker;
        }

        public Integer getClauseNumber() {
            return clauseNumber;
        }

        public void setClauseNumber(Integer clauseNumber) {
            this.clauseNumber = clauseNumber;
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

    static MotionForm of(MotionDraft draft, long version) {
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
        draft.clauses().forEach(clause -> form.clauses.add(new ClauseRow(clause.kind(), clause.text())));
        draft.footnotes().forEach(footnote -> form.footnotes.add(new FootnoteRow(footnote.marker(),
                footnote.clauseIndex() + 1, footnote.anchor(), footnote.text())));
        form.version = version;
        return form;
    }

    MotionDraft toDraft(Long bodyId, List<Long> allSponsorIds) {
        return new MotionDraft(bodyId, strip(registrationNumber), title, summary, adoptedOn, adoptedOnPrecision,
                debate, debateReference, getVoteOutcome(), getVotesFor(), getVotesAgainst(), partyVotes(), dueDate,
                allSponsorIds,
                clauses.stream().map(row -> new MotionDraft.ClauseDraft(row.kind, row.text)).toList(),
                footnotes.stream().map(row -> new MotionDraft.FootnoteDraft(strip(row.marker), row.clauseNumber - 1,
                        row.anchor, row.text == null || row.text.isBlank() ? null : row.text)).toList(),
                published);
    }

    /** New sponsors typed one per line, optionally with their party group: "Jansen (GroenLinks)". */
    List<MemberName> parsedNewSponsors() {
        return SponsorLines.parse(newSponsors);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
