package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void paragraphsLeaveOutMarkedLinesButGoOnOverFurniture() {
        ReadingContext ctx = StageTexts.marked("Eerste regel\nPagina 1 van 2\ngaat door.\n\nTweede alinea.\n");
        StageTexts.line(ctx, "Tweede alinea.").use = LineRole.CLOSING;
        assertThat(Prose.paragraphs(ctx, false)).extracting(Joined::toString).containsExactly("Eerste regel gaat door.");
    }

    @Test
    void sentencesEndBeforeACapitalButNotAfterAnInitial() {
        ReadingContext ctx = StageTexts.marked("Wij schreven J. Jansen. Hij antwoordde: ‘Ja.’ En nu\nverder.\n\nNieuw.\n");
        List<Sentence> sentences = Prose.sentences(ctx);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Wij schreven J. Jansen.", "Hij antwoordde:", "‘Ja.’ En nu verder.", "Nieuw.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 0, 1);
        Sentence last = sentences.get(3);
        assertThat(ctx.t.substring(last.span().start(), last.span().end())).isEqualTo("Nieuw.");
    }
}
