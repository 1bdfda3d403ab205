package nl.motiemonitor.harvest.reading;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.ItemStatus;

/**
 * The words sources use for what happened to a motion and where a commitment stands. A source writes a phrase, not
 * a code ("Motie verworpen", "Aangenomen zonder stemming", "Amendement aangehouden", Fryslân's "Oannommen"), so the
 * deciding word is looked for in it; what cannot be read is null, never a guess.
 */
public final class SourceWords {

    /** The deciding words in the order they are looked for: "ingetrokken, niet aangenomen" was withdrawn. */
    private static final List<Map.Entry<Pattern, VoteOutcome>> OUTCOMES = List.of(
            Map.entry(word("ingetrokken|ynlutsen"), VoteOutcome.WITHDRAWN),
            Map.entry(word("aangehouden|oanhâlden"), VoteOutcome.HELD),
            Map.entry(word("overgenomen"), VoteOutcome.TAKEN_OVER),
            Map.entry(word("zonder stemming|hamerstuk"), VoteOutcome.ADOPTED_WITHOUT_VOTE),
            Map.entry(word("verworpen|niet aangenomen|afgewezen|fersmiten"), VoteOutcome.REJECTED),
            Map.entry(word("aangenomen|aanvaard|oannommen"), VoteOutcome.ADOPTED));

    /** "Niet afgedaan" is open and "deels afgedaan" in progress, so those are looked for before "afgedaan". */
    private static final List<Map.Entry<Pattern, ItemStatus>> STATUSES = List.of(
            Map.entry(word("vervallen"), ItemStatus.LAPSED),
            Map.entry(word("afdoening voorgesteld|voorstel (?:tot )?afdoening|ter afdoening"),
                    ItemStatus.DISCHARGE_PROPOSED),
            Map.entry(word("niet afgedaan|nog niet|nog open"), ItemStatus.OPEN),
            Map.entry(word("(?:deels|gedeeltelijk) (?:afgedaan|voldaan|uitgevoerd|afgerond)|in behandeling"
                    + "|in uitvoering|in voorbereiding|lopend"), ItemStatus.IN_PROGRESS),
            Map.entry(word("afgedaan|voldaan|afgehandeld|afgerond|nagekomen|uitgevoerd"), ItemStatus.DISCHARGED),
            Map.entry(word("open|openstaand|nieuw|toegezegd"), ItemStatus.OPEN));

    private static final Pattern AMENDMENT = word("amendement(?:en)?|amendemint");
    /** A title that starts with the word, perhaps after its number: "Amendement - …", "15-A-1 Amendement …". */
    private static final Pattern AMENDMENT_TITLE = Pattern.compile(
            "(?iu)^\\s*(?:[\\p{Alnum}.-]*\\d[\\p{Alnum}.-]*\\s+)?(?:amendement|amendemint)\\b");

    private SourceWords() {
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])");
    }

    /**
     * The outcome a phrase names. "Met algemene stemmen aangenomen" is {@link VoteOutcome#ADOPTED}: the council
     * voted, and everyone was for; only "zonder stemming" or "hamerstuk" says there was no vote.
     */
    public static VoteOutcome outcome(String phrase) {
        return first(phrase, OUTCOMES);
    }

    /**
     * The status of a commitment a phrase names, in the Kamer's words and the ones councils use: Openstaand → OPEN,
     * Deels afgedaan → IN_PROGRESS, Afgedaan/Voldaan → DISCHARGED, Vervallen → LAPSED; null when unknown.
     */
    public static ItemStatus commitmentStatus(String phrase) {
        return first(phrase, STATUSES);
    }

    private static <T> T first(String phrase, List<Map.Entry<Pattern, T>> words) {
        if (phrase == null) {
            return null;
        }
        return words.stream().filter(word -> word.getKey().matcher(phrase).find()).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Whether an item is an amendment, by its type ("Amendement") or, when it has none, by its title. */
    public static boolean amendment(String type, String title) {
        if (type != null && !type.isBlank()) {
            return AMENDMENT.matcher(type).find();
        }
        return title != null && AMENDMENT_TITLE.matcher(title).find();
    }

}
