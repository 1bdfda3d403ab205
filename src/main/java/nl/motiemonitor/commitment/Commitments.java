package nl.motiemonitor.commitment;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers commitments and moves them through their lifecycle. */
@Service
@Transactional
public class Commitments implements Lifecycle<CommitmentId> {

    private final CommitmentRepository commitments;

    Commitments(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    /**
     * Registers a commitment under the next number of its body and year ("2021-1", "2021-2", …); the
     * sources rarely number commitments themselves.
     */
    public Long register(CommitmentDraft draft, StatusChangeDetails made) {
        int year = (draft.madeOn() != null ? draft.madeOn() : DutchDates.today()).getYear();
        String prefix = year + "-";
        long next = commitments.countByBodyIdAndNumberStartingWith(draft.bodyId(), prefix) + 1;
        return commitments.save(Commitment.register(prefix + next, draft, made)).id();
    }

    /**
     * Registers a commitment under the number its source gives it (a griffie's register: "TZ-2024-03"), or under the
     * next number of its body and year when {@code number} is blank.
     *
     * @throws nl.motiemonitor.shared.DomainRuleViolation when another commitment of the body has that number
     */
    public Long register(String number, CommitmentDraft draft, StatusChangeDetails made) {
        if (number == null || number.isBlank()) {
            return register(draft, made);
        }
        if (commitments.findByBodyIdAndNumberIgnoreCase(draft.bodyId(), number.strip()).isPresent()) {
            throw new DomainRuleViolation("rule.commitment.duplicateNumber", number.strip());
        }
        return commitments.save(Commitment.register(number.strip(), draft, made)).id();
    }

    /**
     * Splits a commitment of which a letter keeps only part: it keeps {@code keptText}; the rest becomes a commitment
     * of its own, numbered after it ("2026-4-b"), linked back to it.
     *
     * @return the new commitment's id
     * @throws EditConflictException when the commitment changed since the clerk opened it
     * @throws DomainRuleViolation   when it is discharged or lapsed, or a part has no text
     */
    public Long split(BodyId body, Long commitmentId, long expectedVersion, String keptText, String remainingText,
            String recordedBy) {
        Commitment commitment = commitments.findByIdAndBodyId(commitmentId, body.value())
                .orElseThrow(() -> new IllegalArgumentException("Toezegging " + commitmentId + " bestaat niet."));
        if (commitment.version() != expectedVersion) {
            throw new EditConflictException(commitment.version());
        }
        String number = nextPartNumber(body, commitment.number());
        StatusChangeDetails split = StatusChangeDetails.of(DutchDates.today(), recordedBy, "Afgesplitst van toezegging "
                + commitment.number() + ": dit deel staat nog open.");
        Long id = commitments.save(commitment.splitOff(number, keptText, remainingText, split)).id();
        commitments.flush();
        return id;
    }

    /** "2026-4-b", or the next free letter. */
    private String nextPartNumber(BodyId body, String number) {
        for (char part = 'b'; part <= 'z'; part++) {
            String candidate = number + "-" + part;
            if (commitments.findByBodyIdAndNumberIgnoreCase(body.value(), candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new DomainRuleViolation("rule.commitment.splitTooOften", number);
    }

    /**
     * Saves a clerk's edit, if nobody saved the commitment since the clerk opened it at {@code expectedVersion}.
     *
     * @throws EditConflictException when the commitment changed in the meantime
     */
    public void revise(BodyId body, Long commitmentId, long expectedVersion, CommitmentDraft draft) {
        long bodyId = body.value();
        Commitment commitment = load(commitmentId);
        if (!commitment.bodyId().equals(bodyId)) {
            throw new IllegalArgumentException("Toezegging " + commitmentId + " bestaat niet.");
        }
        if (commitment.version() != expectedVersion) {
            throw new EditConflictException(commitment.version());
        }
        commitment.revise(draft);
        commitments.flush();
    }

    /**
     * Records where a harvest brought the commitment from, and what it last saw there: no revision of its own and no new
     * version, so a clerk's open edit form stays valid.
     */
    public void recordSource(BodyId body, Long commitmentId, ItemSource source) {
        commitments.findByIdAndBodyId(commitmentId, body.value())
                .orElseThrow(() -> new IllegalArgumentException("Toezegging " + commitmentId + " bestaat niet."))
                .recordSource(source);
    }

    @Override
    public void reportProgress(CommitmentId commitment, StatusChangeDetails details) {
        load(commitment.value()).reportProgress(details);
    }

    @Override
    public void proposeDischarge(CommitmentId commitment, StatusChangeDetails details) {
        load(commitment.value()).proposeDischarge(details);
    }

    @Override
    public void acceptDischarge(CommitmentId commitment, StatusChangeDetails details) {
        load(commitment.value()).acceptDischarge(details);
    }

    @Override
    public void rejectDischarge(CommitmentId commitment, StatusChangeDetails details) {
        load(commitment.value()).rejectDischarge(details);
    }

    @Override
    public void lapse(CommitmentId commitment, StatusChangeDetails details) {
        load(commitment.value()).lapse(details);
    }

    private Commitment load(Long commitmentId) {
        return commitments.findById(commitmentId)
                .orElseThrow(() -> new IllegalArgumentException("Toezegging " + commitmentId + " bestaat niet."));
    }
}
