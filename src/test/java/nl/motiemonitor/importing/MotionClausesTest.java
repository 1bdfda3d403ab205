package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;

class MotionClausesTest {

    private static ReadingContext ctx;

    private static MotionClauses read(String text) {
        ctx = StageTexts.marked(text);
        MotionClauses clauses = new MotionClauses(ctx, new ClauseHeadings(ctx));
        clauses.read();
        return clauses;
    }

    @Test
    void bulletsAndLinesBrokenMidSentenceUntilTheEndOfTheMotion() {
        MotionClauses clauses = read("""
                Motie

                Constaterende dat:
                - het gras
                  groen is;
                - de lucht blauw is;
                verzoekt het college om het zo te laten,

                en gaat over tot de orde van de dag.

                Jansen
                """);
        assertThat(clauses.endMarkerSeen).isTrue();
        assertThat(clauses.clauseBlocks).singleElement().satisfies(block -> assertThat(block)
                .extracting(Clause::kind, Clause::text)
                .containsExactly(tuple(ClauseKind.NOTING, "het gras groen is;"), tuple(ClauseKind.NOTING, "de lucht blauw is;"),
                        tuple(ClauseKind.REQUEST, "het zo te laten,")));
        assertThat(StageTexts.line(ctx, "Jansen").use).isNull();
        assertThat(StageTexts.line(ctx, "groen is;").use).isEqualTo(LineRole.CLAUSE);
    }

    @Test
    void aClausesSourceIsItsTextInTheDocument() {
        MotionClauses clauses = read("Overwegende dat de stad groen moet zijn;\n");
        Clause clause = clauses.clauseBlocks.get(0).get(0);
        assertThat(clause.text()).isEqualTo("de stad groen moet zijn;");
        assertThat(ctx.t.substring(clause.source().start(), clause.source().end())).isEqualTo("de stad groen moet zijn;");
        assertThat(clauses.blockSpans.get(0)[0]).isZero();
        assertThat(clauses.endMarkerSeen).isFalse();
    }

    @Test
    void lettersProseEndsTheBlock() {
        MotionClauses clauses = read("Verzoekt het college:\nhet plan uit te voeren;\nHet college heeft dit gedaan.\n");
        assertThat(clauses.clauseBlocks).singleElement().satisfies(block -> assertThat(block).extracting(Clause::text)
                .containsExactly("het plan uit te voeren;"));
        assertThat(StageTexts.line(ctx, "Het college heeft dit gedaan.").use).isNull();
    }
}
