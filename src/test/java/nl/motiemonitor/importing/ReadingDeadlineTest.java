package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Reading ends at its deadline with a Dutch message, whatever the text and its patterns (issue 12.4). */
class ReadingDeadlineTest {

    /**
     * The guard for what nobody foresaw: the reader's own pattern of 2026-12-05 for plain headings, which read the
     * line of the issue for 22 seconds, stops at the deadline.
     */
    @Test
    void aPatternThatBacktracksStopsAtTheDeadline() {
        Pattern backtracking = Pattern.compile("^(?:(?:de\\s+)?(indieners|wij|[\\p{Lu}][\\p{L}&/'-]*(?:\\s*(?:,|en)\\s*"
                + "[\\p{Lu}][\\p{L}&/'-]*){0,5}))\\s+(hoorden|vinden)\\s*(?:,\\s*)?(?:dat\\b|om\\b|:|$)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        ReadingDeadline deadline = ReadingDeadline.after(Duration.ofMillis(200));
        long start = System.nanoTime();
        assertThatThrownBy(() -> backtracking.matcher(deadline.guard("a" + "en".repeat(90) + " x")).find())
                .isInstanceOf(ReadingTooSlowException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void pastItsBudgetTheReaderSaysSoInDutch() throws Exception {
        String big = Seeds.text(Seeds.TWEEDE_KAMER).repeat(200);
        DocumentReader hasty = new DocumentReader(Duration.ofMillis(1));
        long start = System.nanoTime();
        ReadDocument read = hasty.read(big);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(read.kind()).isEqualTo(ReadDocument.Kind.UNKNOWN);
        assertThat(read.dutchWarnings()).containsExactly("Het lezen duurde te lang; vul de gegevens zelf in.");
        assertThat(DocumentReader.tooSlow(read)).isTrue();
        assertThatThrownBy(() -> hasty.readOrRefuse(big, ReadingDeadline.after(Duration.ofMillis(1))))
                .isInstanceOf(DocumentReadException.class).hasMessage(DocumentReader.TOO_SLOW.dutch())
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(DocumentReadException.Reason.TOO_SLOW);
        assertThat(new DocumentReader().readOrRefuse(big, ReadingDeadline.after(Duration.ofSeconds(20))).kind())
                .isNotEqualTo(ReadDocument.Kind.UNKNOWN);
    }
}
