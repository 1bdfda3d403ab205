package nl.motiemonitor.harvest.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.motion.VotePosition;

/**
 * A vote as a source writes it out ("Stemmingsuitslag"): the counts for and against and how each party group voted.
 * Read are lines such as "Stemmen voor: 23 CDA, SGP, VVD, H. Timmermans (VVA) en A. de Weerd (VVA)", "Tegen (7): PA,
 * CU", "Voor: VVD (5), D66 (3)" and a sentence "aangenomen met 20 stemmen voor en 15 tegen". A party group is a name
 * without parentheses, or with its seats in them ("VVD (5)"); a member named with a group ("A. Visser (VVA)") is a
 * member who voted apart and names no group's vote. What cannot be read is left out, never guessed.
 */
public record VoteTally(Integer votesFor, Integer votesAgainst, List<PartyVote> partyVotes) {

    public static final VoteTally NONE = new VoteTally(null, null, List.of());

    private static final Pattern SIDE = Pattern.compile(
            "(?iu)^(?:stemmen\\s+|aantal\\s+stemmen\\s+)?(voor|tegen)(?:\\s*\\((\\d+)\\))?\\s*:\\s*(.*)$");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d+)\\s*(?:stemmen\\b)?\\s*(?:[-–:]\\s*)?");
    private static final Pattern SENTENCE = Pattern.compile(
            "(?iu)(\\d+)\\s+(?:stemmen\\s+)?voor\\b.*?(\\d+)\\s+(?:stemmen\\s+)?tegen\\b");
    private static final Pattern GROUP = Pattern.compile("^([\\p{L}\\p{N}][\\p{L}\\p{N} .&'/+-]*?)\\s*(?:\\((\\d+)\\))?$");
    /** Words that stand for the rest, not for one party group: "overige fracties", "de rest". */
    private static final Pattern REST = Pattern.compile("(?iu)\\b(?:overige|overigen|rest|fracties|allen)\\b");

    public VoteTally {
        partyVotes = List.copyOf(partyVotes);
    }

    /** The vote a text states, or {@link #NONE}. */
    public static VoteTally read(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Integer votesFor = null;
        Integer votesAgainst = null;
        List<PartyVote> parties = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            Matcher side = SIDE.matcher(line.strip());
            if (!side.matches()) {
                continue;
            }
            VotePosition position = side.group(1).equalsIgnoreCase("voor") ? VotePosition.FOR : VotePosition.AGAINST;
            String names = side.group(3).strip();
            Integer count = side.group(2) == null ? null : Integer.valueOf(side.group(2));
            Matcher leading = LEADING_COUNT.matcher(names);
            if (leading.find()) {
                count = Integer.valueOf(leading.group(1));
                names = names.substring(leading.end());
            }
            if (position == VotePosition.FOR) {
                votesFor = count;
            } else {
                votesAgainst = count;
            }
            parties.addAll(groups(names, position));
        }
        if (votesFor == null && votesAgainst == null) {
            Matcher sentence = SENTENCE.matcher(text);
            if (sentence.find()) {
                votesFor = Integer.valueOf(sentence.group(1));
                votesAgainst = Integer.valueOf(sentence.group(2));
            }
        }
        return new VoteTally(votesFor, votesAgainst, parties);
    }

    private static List<PartyVote> groups(String names, VotePosition position) {
        List<PartyVote> votes = new ArrayList<>();
        for (String name : NameLists.split(names)) {
            Matcher group = GROUP.matcher(name);
            if (group.matches() && !REST.matcher(name).find() && !NameLists.HAS_INITIALS.matcher(name).find()) {
                votes.add(new PartyVote(group.group(1).strip(), position,
                        group.group(2) == null ? null : Integer.valueOf(group.group(2))));
            }
        }
        return votes;
    }
}
