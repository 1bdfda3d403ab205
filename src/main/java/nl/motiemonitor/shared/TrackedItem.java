package nl.motiemonitor.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.context.MessageSourceResolvable;

/**
 * An item the executive must act on (an adopted motion, a commitment) and its lifecycle:
 * OPEN → IN_PROGRESS → DISCHARGE_PROPOSED → DISCHARGED, or back to IN_PROGRESS when the council does not accept the
 * discharge; from any of the first three it may lapse (LAPSED, for a reason). Every move is kept in
 * {@code status_changes}, whose join column follows the entity name ({@code motion_id}, {@code commitment_id}).
 */
@MappedSuperclass
@Audited
public abstract class TrackedItem {

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    /** Append-only already, so not audited again; the current status is (in the item's own audit table). */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "status_changes")
    @OrderColumn(name = "position")
    private List<StatusChange> statusChanges = new ArrayList<>();

    @Version
    private long version;

    /** What this item is, for messages: "motion" or "commitment" (messages {@code item.named.<kind>}). */
    protected abstract String kind();

    /** The number that names this item: "RIS323480". */
    protected abstract String number();

    public ItemStatus status() {
        return status;
    }

    public List<StatusChange> statusChanges() {
        return Collections.unmodifiableList(statusChanges);
    }

    /** Whether a move was recorded because of this letter. */
    public boolean movedBy(Long letterId) {
        return statusChanges.stream().anyMatch(change -> letterId.equals(change.letterId()));
    }

    public long version() {
        return version;
    }

    /** Starts the lifecycle: the item is now open. */
    protected void open(StatusChangeDetails details) {
        if (status != null) {
            throw new IllegalStatusTransitionException("rule.status.alreadyOpen", capitalised(), Phrase.status(status));
        }
        record(null, ItemStatus.OPEN, details);
    }

    /** A progress letter or an assignment: an open item is now in progress; one in progress stays so. */
    public void reportProgress(StatusChangeDetails details) {
        requireLifecycle();
        if (status == ItemStatus.IN_PROGRESS) {
            return;
        }
        if (status != ItemStatus.OPEN) {
            throw new IllegalStatusTransitionException("rule.status.progressNotOpen", describe(),
                    Phrase.status(status));
        }
        record(status, ItemStatus.IN_PROGRESS, details);
    }

    /** A letter claims the item is done; the council has yet to decide. */
    public void proposeDischarge(StatusChangeDetails details) {
        moveTo(ItemStatus.DISCHARGE_PROPOSED, details);
    }

    /**
     * A letter claims the item is done. Unlike {@link #proposeDischarge}, a discharge already proposed (by an earlier
     * letter, say the annual list after a council letter) is no conflict: the status stays, the letter is linked.
     */
    public void claimDischargeByLetter(StatusChangeDetails details) {
        requireLifecycle();
        if (status != ItemStatus.DISCHARGE_PROPOSED) {
            proposeDischarge(details);
        }
    }

    /**
     * A letter reports progress. An item whose discharge is proposed keeps that status: a progress report does not
     * take back the proposal, only the council can.
     */
    public void reportProgressByLetter(StatusChangeDetails details) {
        requireLifecycle();
        if (status != ItemStatus.DISCHARGE_PROPOSED) {
            reportProgress(details);
        }
    }

    /** The council accepts the proposed discharge. */
    public void acceptDischarge(StatusChangeDetails details) {
        if (status != ItemStatus.DISCHARGE_PROPOSED) {
            requireLifecycle();
            throw new IllegalStatusTransitionException("rule.status.acceptNotProposed", describe(),
                    Phrase.status(status));
        }
        moveTo(ItemStatus.DISCHARGED, details);
    }

    /** The council does not accept the proposed discharge: the executive has more to do. */
    public void rejectDischarge(StatusChangeDetails details) {
        if (status != ItemStatus.DISCHARGE_PROPOSED) {
            requireLifecycle();
            throw new IllegalStatusTransitionException("rule.status.rejectNotProposed", describe(),
                    Phrase.status(status));
        }
        moveTo(ItemStatus.IN_PROGRESS, details);
    }

    /**
     * Starts the lifecycle where another item's stands: a request split off its motion begins at the motion's status
     * (its first history entry says so).
     */
    protected void startAs(ItemStatus start, StatusChangeDetails details) {
        if (status != null) {
            throw new IllegalStatusTransitionException("rule.status.alreadyOpen", capitalised(), Phrase.status(status));
        }
        record(null, Objects.requireNonNull(start, "start"), details);
    }

    /**
     * Moves to a status derived from other items (a split motion follows its requests); the lifecycle's rules hold
     * for those items, not again here. No move when the status stays.
     */
    protected void follow(ItemStatus derived, StatusChangeDetails details) {
        requireLifecycle();
        if (derived != status) {
            record(status, derived, details);
        }
    }

    /**
     * The item no longer applies (vervallen): a new law, a later motion. Not once discharged or lapsed already; the
     * reason is required, as it is all the public learns of why nothing more will come. (StatusChangeDetails refuses
     * a blank reason itself; the rule is checked here too, so a lapse without one is refused in the council's words.)
     */
    public void lapse(StatusChangeDetails details) {
        requireMove(ItemStatus.LAPSED);
        if (details == null || details.reason() == null || details.reason().isBlank()) {
            throw new DomainRuleViolation("rule.status.lapseWithoutReason", describe());
        }
        record(status, ItemStatus.LAPSED, details);
    }

    private void moveTo(ItemStatus target, StatusChangeDetails details) {
        requireMove(target);
        record(status, target, details);
    }

    private void requireMove(ItemStatus target) {
        requireLifecycle();
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransitionException("rule.status.notAllowed", capitalised(), Phrase.status(status),
                    Phrase.status(target));
        }
    }

    private void requireLifecycle() {
        if (status == null) {
            throw new IllegalStatusTransitionException("rule.status.notAdopted", capitalised());
        }
    }

    private void record(ItemStatus from, ItemStatus to, StatusChangeDetails details) {
        statusChanges.add(new StatusChange(from, to, details));
        status = to;
    }

    /** This item named inside a sentence: "motie RIS323480". */
    private MessageSourceResolvable describe() {
        return Phrase.of("item.named." + kind(), number());
    }

    /** This item named at the start of a sentence: "Motie RIS323480". */
    private MessageSourceResolvable capitalised() {
        return Phrase.of("item.named." + kind() + ".start", number());
    }
}
