package nl.motiemonitor.letter;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.TextSegment;

/** A letter with everything its page shows. */
public record LetterView(LetterSummary summary, String yourReference, String addressee, String contactName,
        String department, String unit, String phone, String email, Integer attachmentCount,
        List<List<TextSegment>> paragraphs, List<Signatory> signatories, List<LetterFootnote> footnotes,
        List<LetterAnswer> answers, long version, SourceLink source) {

    static LetterView of(Letter letter) {
        List<String> texts = Paragraphs.of(letter.fullText());
        List<List<TextSegment>> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            paragraphs.add(TextSegment.split(texts.get(i), letter.footnotes().stream()
                    .filter(footnote -> footnote.paragraph() == index)
                    .map(footnote -> new TextSegment.Anchor(footnote.marker(), footnote.anchor()))
                    .toList()));
        }
        return new LetterView(LetterSummary.of(letter), letter.yourReference(), letter.addressee(),
                letter.contactName(), letter.department(), letter.unit(), letter.phone(), letter.email(),
                letter.attachmentCount(), List.copyOf(paragraphs), List.copyOf(letter.signatories()),
                List.copyOf(letter.footnotes()), List.copyOf(letter.answers()), letter.version(),
                SourceLink.of(letter.source()));
    }
}
