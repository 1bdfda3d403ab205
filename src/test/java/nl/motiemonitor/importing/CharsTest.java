package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void spacesAreThoseOfPatterns() {
        assertThat(Chars.isSpace('\t')).isTrue();
        assertThat(Chars.isSpace('\u00a0')).isFalse();
    }

    @Test
    void endsContainsAndTrailing() {
        assertThat(Chars.endsWithAny("motie;", ";,")).isTrue();
        assertThat(Chars.endsWithAny("", ";")).isFalse();
        assertThat(Chars.containsAny("a.b", ".;")).isTrue();
        assertThat(Chars.withoutTrailing("tekst**", "*")).isEqualTo("tekst");
    }

    @Test
    void digits() {
        assertThat(Chars.hasDigit("M12")).isTrue();
        assertThat(Chars.hasOnlyDigits("12")).isTrue();
        assertThat(Chars.hasOnlyDigits("M12")).isFalse();
    }
}
