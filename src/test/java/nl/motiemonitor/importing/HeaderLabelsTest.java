package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.HeaderLabels.LabelHit;

class HeaderLabelsTest {

    @Test
    void theLongestLabelWinsAndItsValueStartsAfterTheColon() {
        LabelHit hit = HeaderLabels.labelAt("Uw kenmerk: ABC-1", 0, false);
        assertThat(hit.label().field()).isEqualTo(HeaderField.YOUR_REFERENCE);
        assertThat(hit.valueAt()).isEqualTo(12);
    }

    @Test
    void aLabelAloneOnItsLineHasItsValueBelow() {
        LabelHit hit = HeaderLabels.labelAt("Onderwerp :", 0, true);
        assertThat(hit.label().field()).isEqualTo(HeaderField.SUBJECT);
        assertThat(hit.valueAt()).isEqualTo("Onderwerp :".length());
        assertThat(HeaderLabels.labelAt("Onderwerp: fietspaden", 0, true)).isNull();
    }

    @Test
    void aLabelThatIsNotInlineNeedsAColon() {
        assertThat(HeaderLabels.labelAt("Team Verkeer", 0, false)).isNull();
        assertThat(HeaderLabels.labelAt("Team: Verkeer", 0, false).label().field()).isEqualTo(HeaderField.UNIT);
        assertThat(HeaderLabels.labelAt("Datum 3 maart 2026 Kenmerk 12", 19, false).label().field())
                .isEqualTo(HeaderField.REFERENCE);
    }

    @Test
    void onlySpacesAndOneColon() {
        assertThat(HeaderLabels.onlySpacesAndColon("a : ", 1)).isTrue();
        assertThat(HeaderLabels.onlySpacesAndColon("a ::", 1)).isFalse();
    }
}
