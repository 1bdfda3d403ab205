package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentLinesTest {

    @Test
    void linesKeepTheirPlaceInTheText() {
        ReadingContext ctx = StageTexts.lines("een\n  twee\n");
        assertThat(ctx.lines).extracting(l -> l.text).containsExactly("een", "  twee", "");
        assertThat(ctx.lines.get(1).start).isEqualTo(4);
        assertThat(ctx.lines.get(1).trimmedStart()).isEqualTo(6);
        assertThat(ctx.lines.get(1).end).isEqualTo(10);
    }

    @Test
    void pageFurnitureAndRepeatedLinesAreMarkedButHeadingsAndBulletsNot() {
        ReadingContext ctx = StageTexts.marked("""
                Gemeente Ergens
                Pagina 1 van 2
                Retouradres: Postbus 1
                - punt
                Overwegende dat
                Gemeente Ergens
                - punt
                Overwegende dat
                """);
        assertThat(ctx.lines).extracting(l -> l.use).containsExactly(null, LineRole.FURNITURE, LineRole.FURNITURE,
                null, null, LineRole.REPEATED, null, null, null);
    }

    @Test
    void aLoneNumberIsAPageNumber() {
        ReadingContext ctx = StageTexts.marked("tekst\n- 3 -\n12\n");
        assertThat(StageTexts.line(ctx, "- 3 -").use).isEqualTo(LineRole.FURNITURE);
        assertThat(StageTexts.line(ctx, "12").use).isEqualTo(LineRole.FURNITURE);
        assertThat(StageTexts.line(ctx, "tekst").use).isNull();
    }
}
