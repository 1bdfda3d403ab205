package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectSoFarTest {

    @Test
    void anOpenQuoteGoesOnToTheNextLine() {
        assertThat(new SubjectSoFar("Motie ‘Groen in de").continuesWith("Wijk’")).isTrue();
        assertThat(new SubjectSoFar("Motie ‘Groen’").continuesWith("Wijk")).isFalse();
    }

    @Test
    void anApostropheInAWordOpensNoQuote() {
        assertThat(new SubjectSoFar("Hertog's plan").continuesWith("Nieuw")).isFalse();
    }

    @Test
    void aConnectorOrALowerCaseLineGoesOn() {
        assertThat(new SubjectSoFar("Raad van").continuesWith("State")).isTrue();
        assertThat(new SubjectSoFar("Fietspaden").continuesWith("in de stad")).isTrue();
        assertThat(SubjectSoFar.endsWithConnector("Zorg &")).isTrue();
        assertThat(SubjectSoFar.endsWithConnector("Zorg")).isFalse();
    }
}
