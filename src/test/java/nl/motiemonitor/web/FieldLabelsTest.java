package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import nl.motiemonitor.testsupport.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Fields named as their forms show them, and values of a choice as their options read, from the real messages. */
class FieldLabelsTest {

    private final FieldLabels labels = new FieldLabels(Messages.source());

    @BeforeEach
    void dutch() {
        LocaleContextHolder.setLocale(Languages.DUTCH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFieldIsNamedByItsFormsLabelElseByTheSharedOneWithItsIndexesCountedFromOne() {
        assertThat(labels.label("motion", "clauses[2].text")).isEqualTo("Tekst van overweging 3");
        assertThat(labels.label("letter", "subject")).isEqualTo("Onderwerp");
        assertThat(labels.label("letter", "answers[0].response")).isEqualTo("Wat de brief doet met onderwerp 1");
        assertThat(labels.label(null, "subject")).as("without a form").isEqualTo("Onderwerp");
        assertThat(labels.label("letter", "geenVeld")).isNull();
    }

    @Test
    void aValueOfAChoiceReadsAsItsOptionAndAnyOtherValueStaysAsSent() {
        assertThat(labels.choice("letter", "answers[4].response", "DISCHARGE_CLAIMED")).isEqualTo("Afdoening geclaimd");
        assertThat(labels.choice("motion", "voteOutcome", "ADOPTED")).isEqualTo("Aangenomen");
        assertThat(labels.choice("letter", "answers[0].response", "ONBEKEND")).as("not one of the choices")
                .isEqualTo("ONBEKEND");
        assertThat(labels.choice("letter", "subject", "DISCHARGE_CLAIMED")).as("not a field of choices")
                .isEqualTo("DISCHARGE_CLAIMED");
        assertThat(labels.choice(null, "answers[0].response", "DISCHARGE_CLAIMED")).as("without a form")
                .isEqualTo("Afdoening geclaimd");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.choice("letter", "answers[0].response", "DISCHARGE_CLAIMED"))
                .isEqualTo("Discharge claimed");
    }
}
