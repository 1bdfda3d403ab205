package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Clause;

class ClauseBlockOwnersTest {

    private static final String TWO_MOTIONS = """
            Overwegende dat het gras groen is;

            en gaat over tot de orde van de dag.

            Verzoekt het college de lucht blauw te laten;

            en gaat over tot de orde van de dag.
            """;

    private static MotionClauses clauses(ReadingContext ctx) {
        MotionClauses clauses = new MotionClauses(ctx, new ClauseHeadings(ctx));
        clauses.read();
        return clauses;
    }

    private static MotionDraft named(int at) {
        MotionDraft d = new MotionDraft();
        d.at = at;
        return d;
    }

    @Test
    void aBlockGoesToTheMotionNamedBeforeItAndOtherwiseToAMotionOfItsOwn() {
        ReadingContext ctx = StageTexts.marked(TWO_MOTIONS);
        MotionClauses clauses = clauses(ctx);
        MotionDraft second = named(ctx.t.indexOf("Verzoekt") - 1);
        List<MotionDraft> motions = new ArrayList<>(List.of(second));
        ClauseBlockOwners.assign(ctx, motions, clauses);
        assertThat(motions).hasSize(2);
        assertThat(second.block).isEqualTo(1);
        assertThat(second.clauses).extracting(Clause::text).containsExactly("de lucht blauw te laten;");
        MotionDraft own = motions.get(1);
        assertThat(own.block).isZero();
        assertThat(own.at).isEqualTo(clauses.blockSpans.get(0)[0]);
        assertThat(own.end).isEqualTo(clauses.blockSpans.get(0)[1]);
    }

    @Test
    void aMotionNamedAfterTheClausesOwnsThemOnlyWhenThereIsOneBlock() {
        ReadingContext one = StageTexts.marked("Overwegende dat het gras groen is;\n\nen gaat over tot de orde van de dag.\n");
        MotionDraft after = named(one.t.length());
        List<MotionDraft> motions = new ArrayList<>(List.of(after));
        ClauseBlockOwners.assign(one, motions, clauses(one));
        assertThat(motions).containsExactly(after);
        assertThat(after.block).isZero();

        ReadingContext two = StageTexts.marked(TWO_MOTIONS);
        MotionDraft afterBoth = named(two.t.length());
        List<MotionDraft> named = new ArrayList<>(List.of(afterBoth));
        ClauseBlockOwners.assign(two, named, clauses(two));
        assertThat(named).hasSize(3);
        assertThat(afterBoth.block).isEqualTo(-1);
    }
}
