package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.motiemonitor.motion.MotionDraft.PartyVoteDraft;
import nl.motiemonitor.motion.VotePosition;
import org.springframework.validation.Errors;

/**
 * The vote per party group as a clerk types it, the way besluitenlijsten write it: the groups that voted for, and
 * those against, separated by commas or lines, each with its seats in brackets when known:
 * "GroenLinks (8), PvdA (5), D66".
 */
final class PartyVoteLines {

    private static final Pattern WITH_SEATS = Pattern.compile("^([^()]*[^()\\s])\\s*\\((\\d{1,4})\\)$");
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\n\\r]+");

    private PartyVoteLines() {
    }

    /** The votes typed in the two fields, for first. */
    static List<PartyVoteDraft> parse(String forText, String againstText) {
        List<PartyVoteDraft> votes = new ArrayList<>(parse(forText, VotePosition.FOR));
        votes.addAll(parse(againstText, VotePosition.AGAINST));
        return votes;
    }

    /** "GroenLinks (8), PvdA (5)": the groups that voted {@code position}, as the fields show them. */
    static String format(List<PartyVoteDraft> votes, VotePosition position) {
        return votes.stream().filter(vote -> vote.vote() == position)
                .map(vote -> vote.party() + (vote.seats() == null ? "" : " (" + vote.seats() + ")"))
                .collect(Collectors.joining(", "));
    }

    /**
     * Rejects a group named for and against, and totals that contradict the seats: when every group of a side has
     * its seats and the total for that side is given, they must agree.
     */
    static void validate(String forField, String forText, String againstField, String againstText,
            String votesForField, Integer votesFor, String votesAgainstField, Integer votesAgainst, Errors errors) {
        Map<String, PartyVoteDraft> seen = new LinkedHashMap<>();
        for (PartyVoteDraft vote : parse(forText, againstText)) {
            PartyVoteDraft earlier = seen.putIfAbsent(vote.party().toLowerCase(Locale.ROOT), vote);
            if (earlier != null) {
                errors.rejectValue(vote.vote() == VotePosition.FOR ? forField : againstField,
                        earlier.vote() == vote.vote() ? "staff.vote.party.twice" : "staff.vote.party.forAndAgainst",
                        new Object[] {vote.party()}, null);
                return;
            }
        }
        checkTotal(parse(forText, VotePosition.FOR), votesFor, votesForField, "staff.vote.seats.for", errors);
        checkTotal(parse(againstText, VotePosition.AGAINST), votesAgainst, votesAgainstField, "staff.vote.seats.against",
                errors);
    }

    private static void checkTotal(List<PartyVoteDraft> side, Integer total, String field, String code,
            Errors errors) {
        if (total == null || side.isEmpty() || side.stream().anyMatch(vote -> vote.seats() == null)
                || errors.hasFieldErrors(field)) {
            return;
        }
        int seats = side.stream().mapToInt(PartyVoteDraft::seats).sum();
        if (seats != total) {
            errors.rejectValue(field, code, new Object[] {total, seats}, null);
        }
    }

    private static List<PartyVoteDraft> parse(String text, VotePosition position) {
        List<PartyVoteDraft> votes = new ArrayList<>();
        if (text == null) {
            return votes;
        }
        for (String entry : SEPARATOR.split(text)) {
            String party = entry.strip();
            if (party.isEmpty()) {
                continue;
            }
            Matcher withSeats = WITH_SEATS.matcher(party);
            votes.add(withSeats.matches()
                    ? new PartyVoteDraft(withSeats.group(1).strip(), position, Integer.valueOf(withSeats.group(2)))
                    : new PartyVoteDraft(party, position, null));
        }
        return votes;
    }
}
