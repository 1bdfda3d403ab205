package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {

    private final Names names = new Names(StageTexts.lines(""));

    private List<String> found(String s) {
        return names.withParty(s, names.nameRanges(s)).stream().map(r -> s.substring(r[0], r[1])).toList();
    }

    @Test
    void namesWithTheirPartyUntilSomethingElse() {
        assertThat(found("de heer Grinwis de ingediende motie")).containsExactly("Grinwis");
        assertThat(found("J. de Vries (CDA) en K. Jansen (D66), aangenomen")).containsExactly("J. de Vries (CDA)", "K. Jansen (D66)");
    }

    @Test
    void aNameLineHasCapitalisedWordsAndParticlesOnly() {
        assertThat(names.isNameLine("Jan van der Berg")).isTrue();
        assertThat(names.isNameLine("de Berg")).isFalse();
        assertThat(names.isNameLine("Jan is hier")).isFalse();
        assertThat(names.isNameLine("Postbus 12")).isFalse();
    }

    @Test
    void bracketsAreLeftOutAndInitialsKnown() {
        assertThat(Names.withoutBrackets("Jansen (D66), De Vries (CDA)")).isEqualTo("Jansen, De Vries");
        assertThat(Names.withoutBrackets("Jansen ((( zonder")).isEqualTo("Jansen ((( zonder");
        assertThat(Names.isInitial("J.")).isTrue();
        assertThat(Names.isInitial("Jo")).isFalse();
    }
}
