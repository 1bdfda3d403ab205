package nl.motiemonitor.commitment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.DutchDates;
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
                .put("Nummer", commitment.number())
                .put("Toezegging", commitment.text())
                .put("Gedaan op", DutchDates.format(commitment.madeOn()))
                .put("Gedaan in", commitment.madeIn())
                .put("Op verzoek van", commitment.requestedByMemberId() == null ? null
                        : memberName.apply(commitment.requestedByMemberId()))
                .put("Termijn", DutchDates.format(commitment.dueDate()))
                .put("Termijn in woorden", commitment.dueDateText())
                .put("Status", commitment.status() == null ? null : commitment.status().label())
                .put("Gepubliceerd", commitment.published() ? "ja" : "nee")
                .build());
    }

    public Optional<AuditRevision> lastChange(Long commitmentId) {
        return audit.lastChange(Commitment.class, commitmentId);
    }
}
