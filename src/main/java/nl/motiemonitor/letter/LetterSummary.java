package nl.motiemonitor.letter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A letter in a list. */
public record LetterSummary(Long id, Long bodyId, LocalDate sentOn, String subject, String reference,
        String registrationNumber, String sender, boolean published) {

    /** The sender's leading article and office words, lower-cased in a title; the SQL function letter_title (V13). */
    private static final Pattern OFFICE = Pattern.compile("^(?:(?:de|het|en|college|minister-president|minister"
            + "|staatssecretaris|burgemeester|wethouders?|dijkgraaf|commissaris|voorzitter|secretaris|griffier"
            + "|dagelijks|algemeen|bestuur|kabinet)(?:\\s+|$))*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTER_SPACE = Pattern.compile("^\\s+|\\s+$");

    /** The subject, or a title from the sender and the date: see {@link #title}. */
    public String displaySubject() {
        return title(subject, sender, sentOn);
    }

    /**
     * A letter's title wherever it is named: its subject, else "Brief" with its sender ("van de staatssecretaris van
     * Justitie en Veiligheid": the article and office words lower-cased, names as written) and its date ("van 3 maart
     * 2021"); "Brief zonder datum" when neither is known. The SQL function {@code letter_title} (V13) says the same,
     * for search and the feeds.
     */
    public static String title(String subject, String sender, LocalDate sentOn) {
        if (subject != null) {
            return subject;
        }
        String from = sender == null ? "" : OUTER_SPACE.matcher(sender).replaceAll("");
        StringBuilder title = new StringBuilder("Brief");
        if (!from.isEmpty()) {
            Matcher office = OFFICE.matcher(from);
            int end = office.lookingAt() ? office.end() : 0;
            title.append(" van ").append(from.substring(0, end).toLowerCase(Locale.ROOT)).append(from.substring(end));
        }
        if (sentOn != null) {
            title.append(" van ").append(DutchDates.format(sentOn));
        } else if (from.isEmpty()) {
            title.append(" zonder datum");
        }
        return title.toString();
    }

    /**
     * How a sentence names a letter: "brief ‘Voortgang’" (message {@code letter.mention}), or without subject its
     * title lower-cased, "brief van de staatssecretaris" (the title is made in Dutch by the database, like a name).
     */
    public static MessageSourceResolvable mention(String subject, String title) {
        if (subject != null) {
            return Phrase.of("letter.mention", subject);
        }
        return new DefaultMessageSourceResolvable(null, null, Character.toLowerCase(title.charAt(0)) + title.substring(1));
    }

    static LetterSummary of(Letter letter) {
        return new LetterSummary(letter.id(), letter.bodyId(), letter.sentOn(), letter.subject(), letter.reference(),
                letter.registrationNumber(), letter.sender(), letter.published());
    }
}
