package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Motion numbers in the shapes councils write them, in headings and in the text of letters. */
class MotionNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Motie 166/2018: Meer groen in de wijk | 166/2018 | Meer groen in de wijk",
            "Motie M 16 – Fietspad langs de dijk | M 16 | Fietspad langs de dijk",
            "Motie M-168 | M-168 | ''",
            "Motie RG-221/2014 Zwembad open houden | RG-221/2014 | Zwembad open houden",
            "Motie 2014-11 | 2014-11 | ''",
            "Motie nr. 12: Bomen | 12 | Bomen",
            "Motie 2024M17 Schaatsbaan | 2024M17 | Schaatsbaan",
            "MOTIE RIS307041 | RIS307041 | ''",
            "Motie vreemd aan de orde van de dag: Schriftelijke vragen | | Schriftelijke vragen",
            "Motie Fietspad langs de dijk | | Fietspad langs de dijk"})
    void readsTheNumberAndTitleOfAHeading(String line, String number, String title) {
        MotionNumbers.Heading heading = MotionNumbers.heading(line).orElseThrow();

        assertThat(heading.number() == null ? null : heading.number().number()).isEqualTo(number);
        assertThat(heading.title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Met deze brief doen wij motie 166/2018 af. | 166/2018",
            "de motie M-168 over het fietspad | M-168",
            "de motie (M 16) van de heer Jansen | M 16",
            "uitvoering van de motie-811 van 27 juni 2018 | 811",
            "de motie van het lid Koopmans (Kamerstuk 33 959, nr. 5) | 33 959, nr. 5",
            "de motie Vliegenthart c.s. (EK 34.300 IV, P) over | 34.300 IV, P",
            "Hierbij beschouw ik motie RIS307041 als afgedaan. | RIS307041",
            "Zij krijgt nr. 5 (33 959). | 33959-5",
            "Zij krijgt nr. 22(30196). | 30196-22"})
    void findsTheNumberOfAMotionInText(String text, String number) {
        assertThat(MotionNumbers.in(text)).extracting(MotionNumbers.Found::number).first().isEqualTo(number);
    }

    @Test
    void aMotionNamedAfterItsSponsorHasNoNumber() {
        assertThat(MotionNumbers.in("de motie Ellian c.s. over de strafrechtketen")).isEmpty();
        assertThat(MotionNumbers.heading("Brief over het fietspad")).isEmpty();
        assertThat(MotionNumbers.heading("Moties")).isEmpty();
        assertThat(MotionNumbers.heading("Motievenonderzoek")).isEmpty();
    }

    @Test
    void longLinesOfDigitsAndLettersAreReadInLinearTime() {
        String hostile = "motie " + "1/".repeat(20_000) + "x " + "M-".repeat(20_000);
        long start = System.nanoTime();
        MotionNumbers.in(hostile);
        MotionNumbers.heading("Motie " + "A1-".repeat(20_000));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    /** Issue 12.4: each number found was compared with every number found before it. */
    @Test
    void aHundredThousandNumbersAreFoundInLinearTime() {
        String hostile = "Wij doen de moties " + "motie 12, ".repeat(100_000) + "af.";
        long start = System.nanoTime();
        assertThat(MotionNumbers.in(hostile)).hasSize(100_000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
