package nl.motiemonitor.motion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.DutchDates;
import org.springframework.stereotype.Service;

/** The field-level history of a motion, from the audit trail, for members and staff. */
@Service
public class MotionHistory {

    private final AuditHistory audit;
    private final Bodies bodies;

    MotionHistory(AuditHistory audit, Bodies bodies) {
        this.audit = audit;
        this.bodies = bodies;
    }

    public List<AuditTrail.Entry> of(Long motionId) {
        return audit.of(Motion.class, motionId, this::fields);
    }

    /** Who saved the motion last, and when: "gewijzigd door X om T". */
    public Optional<AuditRevision> lastChange(Long motionId) {
        return audit.lastChange(Motion.class, motionId);
    }

    private Map<String, String> fields(Motion motion) {
        AuditTrail.Fields fields = new AuditTrail.Fields()
                .put("Registratienummer", motion.registrationNumber())
                .put("Titel", motion.title())
                .put("Beschrijving", motion.summary())
                .put("Datum van de stemming", DutchDates.format(motion.adoptedOn(), motion.adoptedOnPrecision()))
                .put("Debat", motion.debate())
                .put("Referentie debat", motion.debateReference())
                .put("Uitslag", motion.voteOutcome() == null ? null : motion.voteOutcome().label())
                .put("Stemmen voor", motion.votesFor())
                .put("Stemmen tegen", motion.votesAgainst())
                .put("Termijn", DutchDates.format(motion.dueDate()))
                .put("Status", motion.status() == null ? null : motion.status().label())
                .put("Gepubliceerd", motion.published() ? "ja" : "nee")
                .put("Stemming per fractie", partyVotes(motion))
                .put("Indieners", motion.sponsorIds().isEmpty() ? null : bodies.members(motion.sponsorIds()).stream()
                        .map(MemberView::display).collect(Collectors.joining(", ")));
        List<Clause> clauses = motion.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            fields.put("Overweging " + (i + 1) + " (" + clauses.get(i).kind().heading() + ")", clauses.get(i).text());
        }
        for (Footnote footnote : motion.footnotes()) {
            fields.put("Voetnoot " + footnote.marker(), "na '" + footnote.anchor() + "' in overweging "
                    + (footnote.clausePosition() + 1) + (footnote.text() == null ? "" : ": " + footnote.text()));
        }
        return fields.build();
    }

    /** "voor: GroenLinks (8), PvdA; tegen: VVD (6)", or null without votes per party. */
    private String partyVotes(Motion motion) {
        if (motion.partyVotes().isEmpty()) {
            return null;
        }
        Map<Long, String> names = bodies.partyNames(motion.partyVotes().stream().map(PartyVote::partyId).toList());
        return java.util.Arrays.stream(VotePosition.values()).map(position -> motion.partyVotes().stream()
                        .filter(vote -> vote.vote() == position)
                        .map(vote -> names.get(vote.partyId()) + (vote.seats() == null ? "" : " (" + vote.seats() + ")"))
                        .collect(Collectors.joining(", ", position.label().toLowerCase(java.util.Locale.ROOT) + ": ", "")))
                .collect(Collectors.joining("; "));
    }
}
