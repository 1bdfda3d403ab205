package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;

class ClauseItemTest {

    @Test
    void linesAreJoinedAndTheItemRemembersWhereItRuns() {
        ReadingContext ctx = StageTexts.marked("het gras\n  groen is;\n");
        ClauseItem item = new ClauseItem(ctx, ClauseKind.NOTING, true);
        Line first = StageTexts.line(ctx, "het gras");
        Line second = StageTexts.line(ctx, "groen is;");
        item.add(first, first.trimmedStart());
        item.add(second, second.trimmedStart());
        assertThat(item.joined.toString()).isEqualTo("het gras groen is;");
        assertThat(item.from).isEqualTo(first.trimmedStart());
        assertThat(item.to).isEqualTo(second.end);
        assertThat(item.endOfMotion()).isEqualTo(-1);
    }

    @Test
    void theEndOfTheMotionIsFoundAcrossLinesAndCutOff() {
        ReadingContext ctx = StageTexts.marked("het zo te laten, en gaat over\ntot de orde van de dag.\n");
        ClauseItem item = new ClauseItem(ctx, ClauseKind.REQUEST, false);
        Line first = StageTexts.line(ctx, "het zo te laten, en gaat over");
        item.add(first, first.trimmedStart());
        assertThat(item.endOfMotion()).isEqualTo(-1);
        Line second = StageTexts.line(ctx, "tot de orde van de dag.");
        item.add(second, second.trimmedStart());
        int end = item.endOfMotion();
        assertThat(end).isEqualTo("het zo te laten".length());
        ClauseItem before = item.before(end);
        assertThat(before.joined.toString()).isEqualTo("het zo te laten");
        assertThat(before.joined.span().of(ctx.t)).isEqualTo("het zo te laten");
        assertThat(before.kind).isEqualTo(ClauseKind.REQUEST);
        assertThat(before.bullet).isFalse();
        assertThat(before.from).isEqualTo(item.from);
        assertThat(before.to).isEqualTo(item.to);
    }
}
