package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.motiemonitor.shared.DomainRuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ElementCollections;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.shared.TrackedItem;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.generator.EventType;

/** A motion of a council: its clauses, sponsors and vote; once adopted, its way to discharge. */
@Entity
@Audited
@Table(name = "motions")
class Motion extends TrackedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String registrationNumber;

    /** Computed by PostgreSQL from the registration number: "ris323480". */
    @NotAudited
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    private String urlKey;

    private String title;

    private String summary;

    private LocalDate adoptedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DatePrecision adoptedOnPrecision;

    private String debate;

    private String debateReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VoteOutcome voteOutcome;

    private Integer votesFor;

    private Integer votesAgainst;

    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean published;

    /** Some of its requests are discharged, not all (V30): "deels afgedaan". Derived, so not audited again. */
    @NotAudited
    @Column(nullable = false)
    private boolean partlyDischarged;

    /** The earlier motion of the body that this one replaces (gewijzigde motie), if any (V29). */
    private Long replacesMotionId;

    /** Where a harvest brought it from (V35); null when a clerk typed it in. Not audited, no new version. */
    @NotAudited
    @Embedded
    @OptimisticLock(excluded = true)
    private ItemSource source;

    @ElementCollection
    @CollectionTable(name = "clauses", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<Clause> clauses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "footnotes", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<Footnote> footnotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "motion_party_votes", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    private List<PartyVote> partyVotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "motion_sponsors", joinColumns = @JoinColumn(name = "motion_id"))
    @OrderColumn(name = "position")
    @Column(name = "member_id", nullable = false)
    private List<Long> sponsorIds = new ArrayList<>();

    protected Motion() {
    }

    /**
     * Registers a motion after its vote. An adopted motion starts its lifecycle as OPEN, recorded with
     * {@code adoption}; any other outcome has no lifecycle.
     */
    static Motion register(MotionDraft draft, List<PartyVote> partyVotes, StatusChangeDetails adoption) {
        Motion motion = new Motion();
        motion.bodyId = Objects.requireNonNull(draft.bodyId(), "bodyId");
        motion.registrationNumber = requireText(draft.registrationNumber(), "Het registratienummer ontbreekt.");
        motion.title = blankToNull(draft.title());
        motion.summary = blankToNull(draft.summary());
        motion.adoptedOn = draft.adoptedOn();
        motion.adoptedOnPrecision = draft.adoptedOnPrecision() == null ? DatePrecision.DAY : draft.adoptedOnPrecision();
        motion.debate = blankToNull(draft.debate());
        motion.debateReference = blankToNull(draft.debateReference());
        motion.voteOutcome = Objects.requireNonNull(draft.voteOutcome(), "voteOutcome");
        motion.votesFor = draft.votesFor();
        motion.votesAgainst = draft.votesAgainst();
        motion.partyVotes.addAll(partyVotes);
        motion.dueDate = draft.dueDate();
        motion.published = draft.published();
        motion.sponsorIds.addAll(new LinkedHashSet<>(draft.sponsorIds()));
        motion.clauses.addAll(clausesOf(draft));
        motion.footnotes.addAll(footnotesOf(draft));
        if (motion.voteOutcome.adopted()) {
            motion.open(adoption);
        }
        return motion;
    }

    /**
     * A clerk's correction or completion of the registered facts. The lifecycle goes on: a motion that becomes
     * adopted opens (recorded with {@code adoption}); an adopted motion whose history has begun cannot be
     * "un-adopted".
     */
    void revise(MotionDraft draft, List<PartyVote> votes, StatusChangeDetails adoption) {
        VoteOutcome outcome = Objects.requireNonNull(draft.voteOutcome(), "voteOutcome");
        if (voteOutcome.adopted() && !outcome.adopted()) {
            throw new nl.motiemonitor.shared.IllegalStatusTransitionException("rule.motion.adoptedOutcomeFixed",
                    registrationNumber, nl.motiemonitor.shared.Phrase.of("vote.outcome." + outcome.name()));
        }
        registrationNumber = requireText(draft.registrationNumber(), "Het registratienummer ontbreekt.");
        title = blankToNull(draft.title());
        summary = blankToNull(draft.summary());
        adoptedOn = draft.adoptedOn();
        adoptedOnPrecision = draft.adoptedOnPrecision() == null ? DatePrecision.DAY : draft.adoptedOnPrecision();
        debate = blankToNull(draft.debate());
        debateReference = blankToNull(draft.debateReference());
        votesFor = draft.votesFor();
        votesAgainst = draft.votesAgainst();
        ElementCollections.replace(partyVotes, List.copyOf(votes));
        dueDate = draft.dueDate();
        published = draft.published();
        ElementCollections.replace(sponsorIds, sponsorsKeepingOrder(draft.sponsorIds()));
        ElementCollections.replace(clauses, clausesOf(draft));
        ElementCollections.replace(footnotes, footnotesOf(draft));
        boolean opens = !voteOutcome.adopted() && outcome.adopted();
        voteOutcome = outcome;
        if (opens) {
            open(adoption);
        }
    }

    /** The registered facts as a draft, to fill the edit form; {@code partyNames} names the party groups. */
    MotionDraft toDraft(Map<Long, String> partyNames) {
        return new MotionDraft(bodyId, registrationNumber, title, summary, adoptedOn, adoptedOnPrecision, debate,
                debateReference, voteOutcome, votesFor, votesAgainst, partyVotes.stream()
                        .map(vote -> new MotionDraft.PartyVoteDraft(partyNames.get(vote.partyId()), vote.vote(),
                                vote.seats())).toList(),
                dueDate, List.copyOf(sponsorIds),
                clauses.stream().map(clause -> new MotionDraft.ClauseDraft(clause.kind(), clause.text())).toList(),
                footnotes.stream().map(footnote -> new MotionDraft.FootnoteDraft(footnote.marker(),
                        footnote.clausePosition(), footnote.anchor(), footnote.text())).toList(),
                published);
    }

    /**
     * The sponsors are a set: those who stay keep their place (the first sponsor is the first indiener), new ones
     * follow in the order given.
     */
    private List<Long> sponsorsKeepingOrder(List<Long> chosen) {
        Set<Long> wanted = new LinkedHashSet<>(chosen);
        List<Long> kept = new ArrayList<>(sponsorIds.stream().filter(wanted::contains).toList());
        wanted.stream().filter(id -> !kept.contains(id)).forEach(kept::add);
        return kept;
    }

    private static List<Clause> clausesOf(MotionDraft draft) {
        return draft.clauses().stream()
                .map(clause -> new Clause(clause.kind(), requireText(clause.text(), "Een overweging zonder tekst.")))
                .toList();
    }

    private static List<Footnote> footnotesOf(MotionDraft draft) {
        List<Footnote> notes = new ArrayList<>();
        for (MotionDraft.FootnoteDraft footnote : draft.footnotes()) {
            if (footnote.clauseIndex() < 0 || footnote.clauseIndex() >= draft.clauses().size()) {
                throw new DomainRuleViolation("rule.motion.footnoteClauseMissing", footnote.marker());
            }
            if (!draft.clauses().get(footnote.clauseIndex()).text().contains(footnote.anchor())) {
                throw new DomainRuleViolation("rule.motion.footnoteAnchorMissing", footnote.marker(),
                        footnote.anchor());
            }
            notes.add(new Footnote(footnote.marker(), footnote.clauseIndex(), footnote.anchor(), footnote.text()));
        }
        return notes;
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    protected String kind() {
        return "motion";
    }

    @Override
    protected String number() {
        return registrationNumber;
    }

    Long id() {
        return id;
    }

    Long bodyId() {
        return bodyId;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    String urlKey() {
        return urlKey;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    LocalDate adoptedOn() {
        return adoptedOn;
    }

    DatePrecision adoptedOnPrecision() {
        return adoptedOnPrecision;
    }

    String debate() {
        return debate;
    }

    String debateReference() {
        return debateReference;
    }

    VoteOutcome voteOutcome() {
        return voteOutcome;
    }

    Integer votesFor() {
        return votesFor;
    }

    Integer votesAgainst() {
        return votesAgainst;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean published() {
        return published;
    }

    boolean partlyDischarged() {
        return partlyDischarged;
    }

    /**
     * A split motion's status follows its requests' ({@code requests}, every one): all discharged (or lapsed) →
     * discharged; every one still to do has a discharge proposed → proposed; anything received → in progress; else
     * open. Some but not all discharged is "deels afgedaan".
     */
    void followRequests(List<ItemStatus> requests, StatusChangeDetails details) {
        List<ItemStatus> live = requests.stream().filter(status -> status != ItemStatus.LAPSED).toList();
        List<ItemStatus> toDo = live.stream().filter(status -> status != ItemStatus.DISCHARGED).toList();
        ItemStatus derived;
        if (live.isEmpty()) {
            derived = ItemStatus.LAPSED;
        } else if (toDo.isEmpty()) {
            derived = ItemStatus.DISCHARGED;
        } else if (toDo.stream().allMatch(status -> status == ItemStatus.DISCHARGE_PROPOSED)) {
            derived = ItemStatus.DISCHARGE_PROPOSED;
        } else if (requests.stream().anyMatch(status -> status != ItemStatus.OPEN)) {
            derived = ItemStatus.IN_PROGRESS;
        } else {
            derived = ItemStatus.OPEN;
        }
        follow(derived, details);
        partlyDischarged = !toDo.isEmpty() && live.size() > toDo.size();
    }

    ItemSource source() {
        return source;
    }

    /** Records where the motion came from, as the harvest saw it last. */
    void recordSource(ItemSource harvested) {
        this.source = harvested;
    }

    Long replacesMotionId() {
        return replacesMotionId;
    }

    /** This motion replaces {@code earlier} of the same body (null: none); the checks are the caller's (Motions). */
    void replace(Motion earlier) {
        replacesMotionId = earlier == null ? null : earlier.id();
    }

    List<Clause> clauses() {
        return Collections.unmodifiableList(clauses);
    }

    List<Footnote> footnotes() {
        return Collections.unmodifiableList(footnotes);
    }

    List<Long> sponsorIds() {
        return Collections.unmodifiableList(sponsorIds);
    }

    List<PartyVote> partyVotes() {
        return Collections.unmodifiableList(partyVotes);
    }
}
