package nl.motiemonitor.councillist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council decides on the proposed discharges of its list in one go, after a meeting: each accepted or not (with
 * a reason), all in one transaction, each item's history saying "Besluit van de raad van <datum>". One refusal (an
 * item no longer awaiting the council, a rejection without a reason) and nothing is recorded.
 */
@Service
@Transactional
public class CouncilDecisions {

    /** The council's decision on one line: {@code item} as the list's form names it ("motie:12", "verzoek:33"). */
    public record Decision(String item, boolean accepted, String reason) {
    }

    private final CouncilLists lists;
    private final Motions motions;
    private final MotionRequests requests;
    private final Commitments commitments;

    CouncilDecisions(CouncilLists lists, Motions motions, MotionRequests requests, Commitments commitments) {
        this.lists = lists;
        this.motions = motions;
        this.requests = requests;
        this.commitments = commitments;
    }

    /**
     * Records the decisions of the meeting of {@code meeting}.
     *
     * @param council who decides, in the body's words: "de raad", "Provinciale Staten"
     * @return how many were accepted
     * @throws DomainRuleViolation when a line no longer awaits the council, or a rejection has no reason
     */
    public int record(BodyId body, LocalDate meeting, String council, List<Decision> decisions, String recordedBy) {
        if (meeting == null) {
            throw new DomainRuleViolation("rule.decision.meetingMissing");
        }
        if (decisions.isEmpty()) {
            throw new DomainRuleViolation("rule.decision.none");
        }
        Map<String, CouncilListRow> awaiting = lists.of(body, false, ListGrouping.STATUS, null).awaitingDecision()
                .stream().collect(Collectors.toMap(CouncilListRow::formValue, Function.identity()));
        String decided = "Besluit van " + council + " van " + DutchDates.format(meeting) + ": ";
        int accepted = 0;
        for (Decision decision : decisions) {
            CouncilListRow row = awaiting.get(decision.item());
            if (row == null) {
                throw new DomainRuleViolation("rule.decision.notAwaiting", decision.item());
            }
            if (!decision.accepted() && (decision.reason() == null || decision.reason().isBlank())) {
                throw new DomainRuleViolation("rule.decision.reasonMissing", row.displayNumber());
            }
            String reason = decision.accepted() ? decided + "afdoening aanvaard."
                    : decided + "afdoening niet aanvaard. " + decision.reason().strip();
            decide(body, row, decision.accepted(), StatusChangeDetails.of(meeting, recordedBy, reason));
            accepted += decision.accepted() ? 1 : 0;
        }
        return accepted;
    }

    private void decide(BodyId body, CouncilListRow row, boolean accepted, StatusChangeDetails details) {
        switch (row.kind()) {
            case MOTION -> {
                if (accepted) {
                    motions.acceptDischarge(new MotionId(row.itemId()), details);
                } else {
                    motions.rejectDischarge(new MotionId(row.itemId()), details);
                }
            }
            case REQUEST -> requests.move(body, row.requestId(), accepted ? MotionRequests.Move.ACCEPT_DISCHARGE
                    : MotionRequests.Move.REJECT_DISCHARGE, details);
            case COMMITMENT -> {
                if (accepted) {
                    commitments.acceptDischarge(new CommitmentId(row.itemId()), details);
                } else {
                    commitments.rejectDischarge(new CommitmentId(row.itemId()), details);
                }
            }
        }
    }
}
