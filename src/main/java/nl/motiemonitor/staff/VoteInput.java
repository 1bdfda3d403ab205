package nl.motiemonitor.staff;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import org.springframework.validation.Errors;

/**
 * The vote of a motion as a clerk types it, in the motion form and in each motion of the import review: the
 * outcome, the totals, and the party groups for and against as besluitenlijsten write them ({@link PartyVoteLines}).
 */
abstract class VoteInput {

    @NotNull(message = "{staff.vote.outcome.required}")
    private VoteOutcome voteOutcome;

    @PositiveOrZero(message = "{staff.vote.votesFor.negative}")
    @Max(value = 10000, message = "{staff.vote.votesFor.tooLarge}")
    private Integer votesFor;

    @PositiveOrZero(message = "{staff.vote.votesAgainst.negative}")
    @Max(value = 10000, message = "{staff.vote.votesAgainst.tooLarge}")
    private Integer votesAgainst;

    @Size(max = 2000, message = "{staff.vote.partiesFor.tooLong}")
    private String partiesFor;

    @Size(max = 2000, message = "{staff.vote.partiesAgainst.tooLong}")
    private String partiesAgainst;

    /** The vote as the draft of a motion has it, for an edit form. */
    void fillFrom(MotionDraft draft) {
        voteOutcome = draft.voteOutcome();
        votesFor = draft.votesFor();
        votesAgainst = draft.votesAgainst();
        partiesFor = PartyVoteLines.format(draft.partyVotes(), VotePosition.FOR);
        partiesAgainst = PartyVoteLines.format(draft.partyVotes(), VotePosition.AGAINST);
    }

    List<MotionDraft.PartyVoteDraft> partyVotes() {
        return PartyVoteLines.parse(partiesFor, partiesAgainst);
    }

    /** What spans the vote's fields; {@code prefix} is the path of this vote in its form ("", "motions[0]."). */
    void validateVote(String prefix, Errors errors) {
        PartyVoteLines.validate(prefix + "partiesFor", partiesFor, prefix + "partiesAgainst", partiesAgainst,
                prefix + "votesFor", votesFor, prefix + "votesAgainst", votesAgainst, errors);
    }

    public VoteOutcome getVoteOutcome() {
        return voteOutcome;
    }

    public void setVoteOutcome(VoteOutcome voteOutcome) {
        this.voteOutcome = voteOutcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public String getPartiesFor() {
        return partiesFor;
    }

    public void setPartiesFor(String partiesFor) {
        this.partiesFor = partiesFor;
    }

    public String getPartiesAgainst() {
        return partiesAgainst;
    }

    public void setPartiesAgainst(String partiesAgainst) {
        this.partiesAgainst = partiesAgainst;
    }
}
