package nl.motiemonitor.motion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.shared.TextSegment;

/** A motion with everything its page shows. */
public record MotionView(
        MotionSummary summary,
        String description,
        String debate,
        String debateReference,
        Integer votesFor,
        Integer votesAgainst,
        List<PartyVoteView> partyVotes,
        List<Long> sponsorIds,
        List<ClauseGroup> clauseGroups,
        List<FootnoteView> footnotes,
        List<StatusChange> history,
        long version,
        SourceLink source) {

    /** Consecutive clauses of one kind, shown under one heading. */
    public record ClauseGroup(ClauseKind kind, List<List<TextSegment>> clauses) {
    }

    public record FootnoteView(String marker, String text) {
    }

    /** A party group's vote as a page shows it: "GroenLinks", voor, 8 zetels. */
    public record PartyVoteView(String party, VotePosition vote, Integer seats) {
    }

    /** The party groups that voted {@code position}, in the order recorded. */
    public List<PartyVoteView> partiesVoting(VotePosition position) {
        return partyVotes.stream().filter(vote -> vote.vote() == position).toList();
    }

    static MotionView of(Motion motion, Map<Long, String> partyNames) {
        return of(MotionSummary.of(motion), motion.summary(), motion.debate(), motion.debateReference(),
                motion.votesFor(), motion.votesAgainst(), motion.partyVotes().stream()
                        .map(vote -> new PartyVoteView(partyNames.get(vote.partyId()), vote.vote(), vote.seats()))
                        .toList(),
                motion.sponsorIds(), motion.clauses(), motion.footnotes(), motion.statusChanges(), motion.version(),
                SourceLink.of(motion.source()));
    }

    /** The page's view of a motion's parts: consecutive clauses of one kind grouped, footnote markers placed. */
    static MotionView of(MotionSummary summary, String description, String debate, String debateReference,
            Integer votesFor, Integer votesAgainst, List<PartyVoteView> partyVotes, List<Long> sponsorIds,
            List<Clause> clauses, List<Footnote> footnotes, List<StatusChange> history, long version,
            SourceLink source) {
        List<ClauseGroup> groups = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            int position = i;
            List<TextSegment.Anchor> anchors = footnotes.stream()
                    .filter(footnote -> footnote.clausePosition() == position)
                    .map(footnote -> new TextSegment.Anchor(footnote.marker(), footnote.anchor()))
                    .toList();
            List<TextSegment> segments = TextSegment.split(clause.text(), anchors);
            if (groups.isEmpty() || groups.get(groups.size() - 1).kind() != clause.kind()) {
                groups.add(new ClauseGroup(clause.kind(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).clauses().add(segments);
        }
        return new MotionView(summary, description, debate, debateReference, votesFor, votesAgainst,
                List.copyOf(partyVotes), List.copyOf(sponsorIds),
                groups.stream().map(group -> new ClauseGroup(group.kind(), List.copyOf(group.clauses()))).toList(),
                footnotes.stream().map(footnote -> new FootnoteView(footnote.marker(), footnote.text())).toList(),
                List.copyOf(history), version, source);
    }
}
