package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Kind;

class KindDecisionTest {

    private static Kind kind(String text) {
        FirstStages first = StageTexts.first(text);
        return KindDecision.kind(first.ctx(), first.motionDocument(), first.header(), first.closing(), first.clauses(),
                first.header().date());
    }

    @Test
    void aMotionDocumentIsAMotion() {
        assertThat(kind("Motie\n\nOverwegende dat het gras groen is;\n\nen gaat over tot de orde van de dag.\n"))
                .isEqualTo(Kind.MOTION);
    }

    @Test
    void anythingOfALetterMakesALetterEvenWithClausesInIt() {
        assertThat(kind("Geachte raad,\n\nHet weer is mooi.\n")).isEqualTo(Kind.LETTER);
        assertThat(kind("Onderwerp: motie\n\nOverwegende dat het gras groen is;\n")).isEqualTo(Kind.LETTER);
        assertThat(kind("Den Haag, 31 maart 2026\n\nTekst.\n")).isEqualTo(Kind.LETTER);
    }

    @Test
    void clausesWithoutAMotionOrLetterAroundThemAreAMotion() {
        assertThat(kind("Overwegende dat het gras groen is;\n")).isEqualTo(Kind.MOTION);
        assertThat(kind("Boodschappen: melk, brood, kaas.\nNiet vergeten!")).isEqualTo(Kind.UNKNOWN);
    }
}
