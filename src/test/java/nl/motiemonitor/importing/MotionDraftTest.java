package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;
import nl.motiemonitor.importing.ReadDocument.Footnote;

class MotionDraftTest {

    private static Footnote note(String marker, int at) {
        return new Footnote(marker, "woord", -1, "tekst " + marker, new Span(at, at + 1));
    }

    @Test
    void aMotionGetsTheFootnotesInItsClausesWithTheirClause() {
        MotionDraft d = new MotionDraft();
        d.at = 50;
        d.end = 10;
        d.clauses = List.of(new Clause(ClauseKind.NOTING, "a", new Span(10, 20)),
                new Clause(ClauseKind.REQUEST, "b", new Span(30, 40)));
        List<Footnote> footnotes = List.of(note("1", 5), note("2", 15), note("3", 35), note("4", 45));
        ReadDocument.Motion m = d.build(footnotes, StageTexts.lines(""));
        assertThat(m.footnotes()).extracting(Footnote::marker, Footnote::clause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", 0), org.assertj.core.groups.Tuple.tuple("3", 1));
        assertThat(m.source()).isEqualTo(new Span(10, 50));
    }

    @Test
    void theFirstFootnoteAtOrAfterAPlace() {
        List<Footnote> footnotes = List.of(note("1", 5), note("2", 15), note("3", 35));
        assertThat(MotionDraft.firstFootnoteFrom(footnotes, 0)).isZero();
        assertThat(MotionDraft.firstFootnoteFrom(footnotes, 15)).isEqualTo(1);
        assertThat(MotionDraft.firstFootnoteFrom(footnotes, 36)).isEqualTo(3);
    }
}
