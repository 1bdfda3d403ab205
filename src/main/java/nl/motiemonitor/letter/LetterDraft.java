package nl.motiemonitor.letter;

import java.time.LocalDate;
import java.util.List;

/** Everything known of a letter when it is registered; {@code fullText} has paragraphs split by blank lines. */
public record LetterDraft(
        Long bodyId,
        LocalDate sentOn,
        String subject,
        String reference,
        String registrationNumber,
        String yourReference,
        String addressee,
        String contactName,
        String department,
        String unit,
        String phone,
        String email,
        Integer attachmentCount,
        String sender,
        String fullText,
        List<Signatory> signatories,
        List<LetterFootnote> footnotes,
        List<LetterAnswer> answers,
        boolean published) {
}
