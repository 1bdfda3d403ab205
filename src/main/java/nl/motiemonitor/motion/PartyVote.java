package nl.motiemonitor.motion;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one party group voted on a motion, with its seats when the source gives them. */
@Embeddable
class PartyVote {

    @Column(nullable = false)
    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VotePosition vote;

    private Integer seats;

    protected PartyVote() {
    }

    PartyVote(Long partyId, VotePosition vote, Integer seats) {
        this.partyId = Objects.requireNonNull(partyId, "partyId");
        this.vote = Objects.requireNonNull(vote, "vote");
        this.seats = seats;
    }

    Long partyId() {
        return partyId;
    }

    VotePosition vote() {
        return vote;
    }

    Integer seats() {
        return seats;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartyVote that && Objects.equals(partyId, that.partyId) && vote == that.vote
                && Objects.equals(seats, that.seats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partyId, vote, seats);
    }
}
