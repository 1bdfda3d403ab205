package nl.motiemonitor.harvest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;

/**
 * A motion as a source publishes it. Amendments are never harvested as motions (each client leaves them out).
 *
 * @param number      the registration number as the source writes it ("36200-VII-12", "M2024-031"); may be null
 * @param text        the motion's own text (constaterende … verzoekt …) when the source gives it, else null
 * @param decidedOn   the date of the vote or decision; null when not decided yet
 * @param outcome     null when the source gives none (not voted yet, or a word we cannot read)
 * @param partyVotes  the vote per party group ("fractie"), empty when the source gives none
 * @param sponsors    the sponsors' names as the source writes them, first the first sponsor
 * @param dueDate     the source's "termijn afdoening", if any
 */
public record HarvestedMotion(
        String sourceId,
        String number,
        String title,
        String text,
        LocalDate decidedOn,
        VoteOutcome outcome,
        Integer votesFor,
        Integer votesAgainst,
        List<PartyVote> partyVotes,
        List<String> sponsors,
        String portfolioHolder,
        LocalDate dueDate,
        URI sourceUrl) implements HarvestedRecord {

    public HarvestedMotion {
        partyVotes = partyVotes == null ? List.of() : List.copyOf(partyVotes);
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
    }

    /** How one party group voted: name as the source writes it, position, seats (null when not given). */
    public record PartyVote(String party, VotePosition position, Integer seats) {
    }
}
