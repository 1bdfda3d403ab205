package nl.motiemonitor.commitment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.Phrase;
import org.springframework.stereotype.Service;

/** The field-level history of a commitment, from the audit trail, for members and staff. */
@Service
public class CommitmentHistory {

    private final AuditHistory audit;

    CommitmentHistory(AuditHistory audit) {
        this.audit = audit;
    }

    /**
     * @param memberName turns the requesting member's id into a readable name
     */
    public List<AuditTrail.Entry> of(Long commitmentId, Function<Long, String> memberName) {
        return audit.of(Commitment.class, commitmentId, commitment -> new AuditTrail.Fields()
                .put("history.commitment.number", commitment.number())
                .put("history.commitment.text", commitment.text())
                .put("history.commitment.madeOn", commitment.madeOn() == null ? null : Phrase.date(commitment.madeOn()))
                .put("history.commitment.madeIn", commitment.madeIn())
                .put("history.commitment.requestedBy", commitment.requestedByMemberId() == null ? null
                        : memberName.apply(commitment.requestedByMemberId()))
                .put("history.term", commitment.dueDate() == null ? null : Phrase.date(commitment.dueDate()))
                .put("history.commitment.dueDateText", commitment.dueDateText())
                .put("history.status", commitment.status() == null ? null : Phrase.status(commitment.status()))
                .put("history.published", commitment.published())
                .build());
    }

    public Optional<AuditRevision> lastChange(Long commitmentId) {
        return audit.lastChange(Commitment.class, commitmentId);
    }
}
