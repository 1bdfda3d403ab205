package nl.motiemonitor.letter;

import java.time.LocalDate;

import nl.motiemonitor.shared.DutchDates;

/** A letter in a list. */
public record LetterSummary(Long id, Long bodyId, LocalDate sentOn, String subject, String reference,
        String registrationNumber, String sender, boolean published) {

    /** The subject, or a description when the letter has none: "Brief van de Staatssecretaris van …". */
    public String displaySubject() {
        if (subject != null) {
            return subject;
        }
        StringBuilder description = new StringBuilder("Brief");
        if (sender != null) {
            description.append(" van ").append(Character.toLowerCase(sender.charAt(0))).append(sender.substring(1));
        }
        if (sentOn != null) {
            description.append(" van ").append(DutchDates.format(sentOn));
        }
        return description.toString();
    }

    static LetterSummary of(Letter letter) {
        return new LetterSummary(letter.id(), letter.bodyId(), letter.sentOn(), letter.subject(), letter.reference(),
                letter.registrationNumber(), letter.sender(), letter.published());
    }
}
