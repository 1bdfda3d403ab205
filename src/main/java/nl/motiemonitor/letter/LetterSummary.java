package nl.motiemonitor.letter;

import java.time.LocalDate;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemTitles;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A letter in a list. */
public record LetterSummary(Long id, Long bodyId, LocalDate sentOn, String subject, String reference,
        String registrationNumber, String sender, boolean published) {

    /** The subject, or a title from the sender and the date, in the page's language: see {@link ItemTitles#letter}. */
    public MessageSourceResolvable label() {
        return ItemTitles.letter(subject, sender, sentOn);
    }

    /** The subject, or a title from the sender and the date, in Dutch: see {@link #title}. */
    public String displaySubject() {
        return title(subject, sender, sentOn);
    }

    /**
     * A letter's title wherever it is named: its subject, else "Brief" with its sender ("van de staatssecretaris van
     * Justitie en Veiligheid": the article and office words lower-cased, names as written) and its date ("van 3 maart
     * 2021"); "Brief zonder datum" when neither is known. The SQL function {@code letter_title} (V13) says the same,
     * for search and the feeds. In Dutch, for staff pages and mails; public pages say {@link #label()}.
     */
    public static String title(String subject, String sender, LocalDate sentOn) {
        if (subject != null) {
            return subject;
        }
        String from = ItemTitles.sender(sender);
        StringBuilder title = new StringBuilder("Brief");
        if (!from.isEmpty()) {
            title.append(" van ").append(from);
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
