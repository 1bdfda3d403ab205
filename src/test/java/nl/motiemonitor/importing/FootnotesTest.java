package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Footnote;

class FootnotesTest {

    @Test
    void aGluedDigitIsAMarkerWhenABodyWithItsNumberExists() {
        ReadingContext ctx = StageTexts.marked("Zoals de Kamer vroeg1 doen wij dat.\n\n1 Kamerstuk 33 959, nr. 3\n");
        List<Footnote> notes = Footnotes.read(ctx);
        assertThat(notes).singleElement().satisfies(f -> {
            assertThat(f.marker()).isEqualTo("1");
            assertThat(f.anchor()).isEqualTo("vroeg");
            assertThat(f.text()).isEqualTo("Kamerstuk 33 959, nr. 3");
            assertThat(f.source()).isEqualTo(new Span(20, 21));
        });
        assertThat(StageTexts.line(ctx, "1 Kamerstuk 33 959, nr. 3").use).isEqualTo(LineRole.FOOTNOTE);
        assertThat(ctx.markers).containsKey(20);
    }

    @Test
    void numbersWithoutABodyAreNoMarkersAndABodyWithoutAMarkerIsNoFootnote() {
        ReadingContext ctx = StageTexts.marked("Er waren 12 moties.\n\n2 dingen vielen op\n");
        assertThat(Footnotes.read(ctx)).isEmpty();
        assertThat(ctx.lines).allMatch(l -> l.use == null);
    }

    @Test
    void superscriptsAreAlwaysMarkers() {
        ReadingContext ctx = StageTexts.marked("Het besluit² staat vast.\n");
        assertThat(Footnotes.read(ctx)).singleElement().satisfies(f -> {
            assertThat(f.marker()).isEqualTo("2");
            assertThat(f.text()).isNull();
        });
    }

    @Test
    void aFootnoteGoesOnWhereItsLastLineClearlyDoes() {
        assertThat(Footnotes.continuesFootnote("Kamerstuk 33 959,", "Nr. 3")).isTrue();
        assertThat(Footnotes.continuesFootnote("Zie de brief van", "de minister")).isTrue();
        assertThat(Footnotes.continuesFootnote("Zie de brief.", "de minister")).isFalse();
        assertThat(Footnotes.withoutFirstWord("12  Kamerstuk 1")).isEqualTo("Kamerstuk 1");
        assertThat(Footnotes.digits("¹²")).isEqualTo("12");
    }
}
