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
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;
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

    private Map<MessageSourceResolvable, MessageSourceResolvable> fields(Motion motion) {
        AuditTrail.Fields fields = new AuditTrail.Fields()
                .put("history.motion.registrationNumber", motion.registrationNumber())
                .put("history.motion.title", motion.title())
                .put("history.motion.summary", motion.summary())
                .put("history.motion.adoptedOn", motion.adoptedOn() == null ? null
                        : Phrase.date(motion.adoptedOn(), motion.adoptedOnPrecision()))
                .put("history.motion.debate", motion.debate())
                .put("history.motion.debateReference", motion.debateReference())
                .put("history.motion.voteOutcome", motion.voteOutcome() == null ? null
                        : Phrase.of("vote.outcome." + motion.voteOutcome().name()))
                .put("history.motion.votesFor", motion.votesFor())
                .put("history.motion.votesAgainst", motion.votesAgainst())
                .put("history.term", motion.dueDate() == null ? null : Phrase.date(motion.dueDate()))
                .put("history.status", motion.status() == null ? null : Phrase.status(motion.status()))
                .put("history.published", motion.published())
                .put("history.motion.partyVotes", partyVotes(motion))
                .put("history.motion.sponsors", motion.sponsorIds().isEmpty() ? null
                        : bodies.members(motion.sponsorIds()).stream().map(MemberView::display)
                                .collect(Collectors.joining(", ")));
        List<Clause> clauses = motion.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            fields.put(Phrase.of("history.motion.clause", i + 1, Phrase.of("clause." + clauses.get(i).kind().name())),
                    clauses.get(i).text());
        }
        for (Footnote footnote : motion.footnotes()) {
            fields.put(Phrase.of("history.motion.footnote", footnote.marker()),
                    Phrase.of(footnote.text() == null ? "history.motion.footnote.where"
                                    : "history.motion.footnote.whereWithText", footnote.anchor(),
                            footnote.clausePosition() + 1, String.valueOf(footnote.text())));
        }
        return fields.build();
    }

    /** "voor: GroenLinks (8), PvdA; tegen: VVD (6)", or null without votes per party. */
    private MessageSourceResolvable partyVotes(Motion motion) {
        if (motion.partyVotes().isEmpty()) {
            return null;
        }
        Map<Long, String> names = bodies.partyNames(motion.partyVotes().stream().map(PartyVote::partyId).toList());
        List<String> positions = java.util.Arrays.stream(VotePosition.values()).map(position -> motion.partyVotes()
                        .stream().filter(vote -> vote.vote() == position)
                        .map(vote -> names.get(vote.partyId()) + (vote.seats() == null ? "" : " (" + vote.seats() + ")"))
                        .collect(Collectors.joining(", ")))
                .toList();
        return Phrase.of("history.motion.partyVotes.value", positions.toArray());
    }
}
