package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LetterDateTest {

    @Test
    void theDatumFieldComesFirst() {
        ReadingContext ctx = StageTexts.marked("Geachte raad,\n\nDen Haag, 31 maart 2026\n");
        Sourced<String> written = new Sourced<>("3 maart 2026", new Span(0, 1));
        Sourced<LocalDate> date = LetterDate.find(ctx, written);
        assertThat(date.value()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(date.source()).isEqualTo(written.source());
    }

    @Test
    void aDateWithAPlaceOnItsOwnLineIsTheLettersDate() {
        ReadingContext ctx = StageTexts.marked("Geachte raad,\n\nDen Haag, 31 maart 2026\n");
        assertThat(LetterDate.find(ctx, null).value()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(StageTexts.line(ctx, "Den Haag, 31 maart 2026").use).isEqualTo(LineRole.HEADER);
    }

    @Test
    void noDateIsNull() {
        assertThat(LetterDate.find(StageTexts.marked("Geachte raad,\n\nHet gras is groen.\n"), null)).isNull();
    }
}
