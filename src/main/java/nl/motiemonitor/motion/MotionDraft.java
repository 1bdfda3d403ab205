package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.DatePrecision;

/**
 * Everything known of a motion when it is registered.
 *
 * @param adoptedOn  the date of the vote (or of the decision: withdrawn, held, taken over)
 * @param partyVotes how each party group voted, named as the source names it (name or abbreviation)
 * @param sponsorIds member ids of the sponsors (indieners), in order
 */
public record MotionDraft(
        Long bodyId,
        String registrationNumber,
        String title,
        String summary,
        LocalDate adoptedOn,
        DatePrecision adoptedOnPrecision,
        String debate,
        String debateReference,
        VoteOutcome voteOutcome,
        Integer votesFor,
        Integer votesAgainst,
        List<PartyVoteDraft> partyVotes,
        LocalDate dueDate,
        List<Long> sponsorIds,
        List<ClauseDraft> clauses,
        List<FootnoteDraft> footnotes,
        boolean published) {

    public MotionDraft {
        partyVotes = partyVotes == null ? List.of() : List.copyOf(partyVotes);
    }

    public MotionDraft withSponsorIds(List<Long> sponsors) {
        return new MotionDraft(bodyId, registrationNumber, title, summary, adoptedOn, adoptedOnPrecision, debate,
                debateReference, voteOutcome, votesFor, votesAgainst, partyVotes, dueDate, List.copyOf(sponsors), clauses,
                footnotes, published);
    }

    /** The same motion, published or a draft. */
    public MotionDraft withPublished(boolean publish) {
        return new MotionDraft(bodyId, registrationNumber, title, summary, adoptedOn, adoptedOnPrecision, debate,
                debateReference, voteOutcome, votesFor, votesAgainst, partyVotes, dueDate, sponsorIds, clauses,
                footnotes, publish);
    }

    /** A party group's vote: "GroenLinks", for, 8 seats (seats null when not known). */
    public record PartyVoteDraft(String party, VotePosition vote, Integer seats) {
    }

    public record ClauseDraft(ClauseKind kind, String text) {
    }

    /** A marker that stands after the first occurrence of {@code anchor} in the clause at {@code clauseIndex}. */
    public record FootnoteDraft(String marker, int clauseIndex, String anchor, String text) {
    }
}
