package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.DatePrecision;

/**
 * Everything known of a motion when it is registered.
 *
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
        LocalDate dueDate,
        List<Long> sponsorIds,
        List<ClauseDraft> clauses,
        List<FootnoteDraft> footnotes,
        boolean published) {

    public MotionDraft withSponsorIds(List<Long> sponsors) {
        return new MotionDraft(bodyId, registrationNumber, title, summary, adoptedOn, adoptedOnPrecision, debate,
                debateReference, voteOutcome, votesFor, votesAgainst, dueDate, List.copyOf(sponsors), clauses,
                footnotes, published);
    }

    public record ClauseDraft(ClauseKind kind, String text) {
    }

    /** A marker that stands after the first occurrence of {@code anchor} in the clause at {@code clauseIndex}. */
    public record FootnoteDraft(String marker, int clauseIndex, String anchor, String text) {
    }
}
