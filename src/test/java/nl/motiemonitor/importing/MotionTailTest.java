package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Outcome;

class MotionTailTest {

    private static MotionDraft tailOf(String text) {
        FirstStages first = StageTexts.first(text);
        MotionDraft m = new MotionDraft();
        new MotionTail(first.ctx(), first.names()).read(m, 0, 0, first.ctx().t.length());
        return m;
    }

    @Test
    void sponsorsOutcomeAndTheVotePerParty() {
        MotionDraft m = tailOf("Jansen (GL)\nDe Boer (PvdA)\n\nAangenomen\nVoor: GL, PvdA\nTegen: VVD\n");

        assertThat(m.sponsors).extracting(Sourced::value).containsExactly("Jansen (GL)", "De Boer (PvdA)");
        assertThat(m.outcome.value()).isEqualTo(Outcome.ADOPTED);
        assertThat(m.partiesFor).extracting(Sourced::value).containsExactly("GL", "PvdA");
        assertThat(m.partiesAgainst).extracting(Sourced::value).containsExactly("VVD");
    }

    @Test
    void aRegistersGluedVoteWithSeatCounts() {
        String text = "- Stemmen\n- voorCDA (3), CU-SGP (1), Partij voor de Dieren (2)\n- tegenVVD (9)\n";
        MotionDraft m = tailOf(text);

        assertThat(m.partiesFor).extracting(Sourced::value).containsExactly("CDA", "CU-SGP", "Partij voor de Dieren");
        assertThat(m.partiesAgainst).extracting(Sourced::value).containsExactly("VVD");
        assertThat(m.partiesFor.get(2).source().of(text)).isEqualTo("Partij voor de Dieren");
    }

    @Test
    void theChairsNumberAndAnOutcomeInASentence() {
        MotionDraft m = tailOf("Kuik\n\nZij krijgt nr. 22 (30196).\n\nIk constateer dat deze motie is verworpen.\n");

        assertThat(m.number.value()).isEqualTo("30196-22");
        assertThat(m.outcome.value()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void namesSigningOnBehalfOfAPartyGroup() {
        MotionDraft m = tailOf("Namens de fractie van D66,\nP. Pieters\nQ. Quist\n");

        assertThat(m.sponsors).extracting(Sourced::value).containsExactly("P. Pieters (D66)", "Q. Quist (D66)");
    }

    @Test
    void aSentenceIsNoPartyName() {
        MotionTail tail = new MotionTail(StageTexts.context(""), null);

        assertThat(tail.isPartyName("Partij voor de Dieren")).isTrue();
        assertThat(tail.isPartyName("Lees onze andere moties")).isFalse();
        assertThat(MotionTail.withoutTrailingComma("Jansen,")).isEqualTo("Jansen");
    }
}
