package nl.motiemonitor.commitment;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.motiemonitor.shared.DomainRuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.shared.TrackedItem;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.generator.EventType;

/** A promise of the executive to the council, tracked to its discharge like a motion. */
@Entity
@Audited
@Table(name = "commitments")
class Commitment extends TrackedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String number;

    @NotAudited
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(insertable = false, updatable = false)
    private String urlKey;

    @Column(nullable = false)
    private String text;

    private LocalDate madeOn;

    private String madeIn;

    private Long madeInLetterId;

    private Long requestedByMemberId;

    private LocalDate dueDate;

    private String dueDateText;

    @Column(nullable = false)
    private boolean published;

    /** The commitment this one was split off, when a letter kept only part of that one (V32). */
    private Long splitFromCommitmentId;

    /** Where a harvest brought it from (V35); null when a clerk typed it in. Not audited, no new version. */
    @NotAudited
    @Embedded
    @OptimisticLock(excluded = true)
    private ItemSource source;

    protected Commitment() {
    }

    static Commitment register(String number, CommitmentDraft draft, StatusChangeDetails made) {
        validate(draft);
        Commitment commitment = new Commitment();
        commitment.bodyId = Objects.requireNonNull(draft.bodyId(), "bodyId");
        commitment.number = number;
        commitment.text = draft.text().strip();
        commitment.madeOn = draft.madeOn();
        commitment.madeIn = draft.madeIn();
        commitment.madeInLetterId = draft.madeInLetterId();
        commitment.requestedByMemberId = draft.requestedByMemberId();
        commitment.dueDate = draft.dueDate();
        commitment.dueDateText = draft.dueDateText();
        commitment.published = draft.published();
        commitment.open(made);
        return commitment;
    }

    /**
     * Splits off the part of this commitment that a letter does not keep: this one keeps {@code keptText}, the new one
     * (numbered {@code number}) has {@code remainingText} and everything else of this one, and starts open, or in
     * progress when something was received for this one already.
     */
    Commitment splitOff(String number, String keptText, String remainingText, StatusChangeDetails split) {
        if (status() == ItemStatus.DISCHARGED || status() == ItemStatus.LAPSED) {
            throw new DomainRuleViolation("rule.commitment.splitClosed", number());
        }
        if (keptText == null || keptText.isBlank() || remainingText == null || remainingText.isBlank()) {
            throw new DomainRuleViolation("rule.commitment.splitTexts");
        }
        Commitment rest = register(number, new CommitmentDraft(bodyId, remainingText, madeOn, madeIn, madeInLetterId,
                requestedByMemberId, dueDate, dueDateText, published), split);
        if (status() != ItemStatus.OPEN) {
            rest.reportProgress(split);
        }
        rest.splitFromCommitmentId = id;
        text = keptText.strip();
        return rest;
    }

    ItemSource source() {
        return source;
    }

    /** Records where the commitment came from, as the harvest saw it last. */
    void recordSource(ItemSource harvested) {
        this.source = harvested;
    }

    Long splitFromCommitmentId() {
        return splitFromCommitmentId;
    }

    /** A clerk's correction or completion of the registered facts; the number stays. */
    void revise(CommitmentDraft draft) {
        validate(draft);
        text = draft.text().strip();
        madeOn = draft.madeOn();
        madeIn = draft.madeIn();
        madeInLetterId = draft.madeInLetterId();
        requestedByMemberId = draft.requestedByMemberId();
        dueDate = draft.dueDate();
        dueDateText = draft.dueDateText();
        published = draft.published();
    }

    CommitmentDraft toDraft() {
        return new CommitmentDraft(bodyId, text, madeOn, madeIn, madeInLetterId, requestedByMemberId, dueDate,
                dueDateText, published);
    }

    private static void validate(CommitmentDraft draft) {
        if (draft.text() == null || draft.text().isBlank()) {
            throw new IllegalArgumentException("Een toezegging zonder tekst.");
        }
        if (draft.dueDate() != null && draft.madeOn() != null && draft.dueDate().isBefore(draft.madeOn())) {
            throw new DomainRuleViolation("rule.commitment.dueBeforeMade");
        }
    }

    @Override
    protected String kind() {
        return "commitment";
    }

    Long id() {
        return id;
    }

    Long bodyId() {
        return bodyId;
    }

    @Override
    protected String number() {
        return number;
    }

    String urlKey() {
        return urlKey;
    }

    String text() {
        return text;
    }

    LocalDate madeOn() {
        return madeOn;
    }

    String madeIn() {
        return madeIn;
    }

    Long madeInLetterId() {
        return madeInLetterId;
    }

    Long requestedByMemberId() {
        return requestedByMemberId;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String dueDateText() {
        return dueDateText;
    }

    boolean published() {
        return published;
    }
}
