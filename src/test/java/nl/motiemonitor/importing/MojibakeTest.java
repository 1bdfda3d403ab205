package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {

    private static final String DUTCH = "PS worden geïnformeerd over één café, 't Hôtel en de “Zoë’s“ – à € 5…";

    @ParameterizedTest
    @ValueSource(strings = {"windows-1252", "IBM437"})
    void utf8ReadInAnOldCodePageIsRepaired(String codePage) {
        String garbled = new String(DUTCH.getBytes(StandardCharsets.UTF_8), Charset.forName(codePage));
        assertThat(garbled).isNotEqualTo(DUTCH);

        assertThat(Mojibake.repair(garbled)).isEqualTo(DUTCH);
    }

    @org.junit.jupiter.api.Test
    void aByteTheCodePageLeavesUndefinedIsRepairedFromItsControlCharacter() {
        assertThat(Mojibake.repair("de â€\u009Dmotieâ€\u009D")).isEqualTo("de \u201Dmotie\u201D");
    }

    @ParameterizedTest
    @ValueSource(strings = {DUTCH, "Straße, µg, 10 °C, ½ jaar, België¹ en Curaçao", "Ã alone and ├ alone", ""})
    void correctTextIsLeftAsItIs(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ge├»nformeerd", "geÃ¯nformeerd"})
    void theNormalFormOfATextHasItRepaired(String word) {
        assertThat(TextNormaliser.normalise("PS worden " + word + ".")).isEqualTo("PS worden geïnformeerd.");
    }
}
