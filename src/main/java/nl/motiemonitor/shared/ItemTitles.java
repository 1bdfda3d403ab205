package nl.motiemonitor.shared;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * How pages name an item, in their language: its own title, or the one the portal makes up when the sources give
 * none ("Motie 2014-11" / "Motion 2014-11", "Brief van de staatssecretaris van 3 maart 2021" / "Letter from de
 * staatssecretaris of 3 March 2021"); messages {@code item.named.*.start} and {@code letter.untitled.*}. The Dutch
 * words are those the database keeps for search (V13, V25).
 */
public final class ItemTitles {

    /** The sender's leading article and office words, lower-cased in a title; the SQL function letter_title (V13). */
    private static final Pattern OFFICE = Pattern.compile("^(?:(?:de|het|en|college|minister-president|minister"
            + "|staatssecretaris|burgemeester|wethouders?|dijkgraaf|commissaris|voorzitter|secretaris|griffier"
            + "|dagelijks|algemeen|bestuur|kabinet)(?:\\s+|$))*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTER_SPACE = Pattern.compile("^\\s+|\\s+$");

    private ItemTitles() {
    }

    /** The motion's title, or "Motie 2014-11". */
    public static MessageSourceResolvable motion(String title, String number) {
        return title != null ? Phrase.text(title) : Phrase.of("item.named.motion.start", number);
    }

    /** "Toezegging T-3": a commitment has no title of its own. */
    public static MessageSourceResolvable commitment(String number) {
        return Phrase.of("item.named.commitment.start", number);
    }

    /** The letter's subject, or "Brief van <sender> van <date>" (see {@link #sender}), "Brief zonder datum". */
    public static MessageSourceResolvable letter(String subject, String sender, LocalDate sentOn) {
        if (subject != null) {
            return Phrase.text(subject);
        }
        String from = sender(sender);
        if (from.isEmpty()) {
            return sentOn == null ? Phrase.of("letter.untitled.none") : Phrase.of("letter.untitled.on",
                    Phrase.date(sentOn));
        }
        return sentOn == null ? Phrase.of("letter.untitled.from", from)
                : Phrase.of("letter.untitled.fromOn", from, Phrase.date(sentOn));
    }

    /**
     * The sender as a title names it: "de staatssecretaris van Justitie en Veiligheid" (the leading article and
     * office words lower-cased, names as written); empty when none is known.
     */
    public static String sender(String sender) {
        String from = sender == null ? "" : OUTER_SPACE.matcher(sender).replaceAll("");
        Matcher office = OFFICE.matcher(from);
        int end = office.lookingAt() ? office.end() : 0;
        return from.substring(0, end).toLowerCase(Locale.ROOT) + from.substring(end);
    }
}
