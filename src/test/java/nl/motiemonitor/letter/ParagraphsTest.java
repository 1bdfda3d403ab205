package nl.motiemonitor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void splitsOnBlankLinesAndJoinsLinesBrokenInsideAParagraph() {
        assertThat(Paragraphs.of("Eerste regel\nloopt door.\n\n  \nTweede alinea.\r\n\r\nDerde."))
                .containsExactly("Eerste regel loopt door.", "Tweede alinea.", "Derde.");
    }

    @Test
    void noTextMeansNoParagraphs() {
        assertThat(Paragraphs.of(null)).isEmpty();
        assertThat(Paragraphs.of(" \n ")).isEmpty();
    }

    @Test
    void describesALetterWithoutSubjectBySenderAndDate() {
        LetterSummary letter = new LetterSummary(1L, 1L, java.time.LocalDate.of(2018, 3, 28), null, null, null,
                "Het college van burgemeester en wethouders", true);
        assertThat(letter.displaySubject())
                .isEqualTo("Brief van het college van burgemeester en wethouders van 28 maart 2018");
    }
}
