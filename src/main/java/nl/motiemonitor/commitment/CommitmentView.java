package nl.motiemonitor.commitment;

import java.util.List;

import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.StatusChange;

/** A commitment with everything its page shows. */
public record CommitmentView(CommitmentSummary summary, String madeIn, Long madeInLetterId, Long requestedByMemberId,
        List<StatusChange> history, long version, SourceLink source) {

    static CommitmentView of(Commitment commitment) {
        return new CommitmentView(CommitmentSummary.of(commitment), commitment.madeIn(), commitment.madeInLetterId(),
                commitment.requestedByMemberId(), List.copyOf(commitment.statusChanges()), commitment.version(),
                SourceLink.of(commitment.source()));
    }
}
