package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.motiemonitor.importing.DocumentReadException;
import nl.motiemonitor.importing.DocumentReader;
import nl.motiemonitor.importing.ReadDocument;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The review page does not read its document again on every load (issue 12, "again on every reload"). */
class ImportReadingsTest {

    private static ImportReadings readings(Duration budget, int turns, Duration wait) {
        return new ImportReadings(new ImportProperties(DataSize.ofMegabytes(20), 500, budget, "256m", turns, wait));
    }

    private static PendingImports.Pending pending(String text) {
        return new PendingImports.Pending(UUID.randomUUID(), 1L, "griffier", Instant.now(), null, null, null, text, null);
    }

    @Test
    void whatWasReadAtTheUploadIsWhatTheReviewShows() throws Exception {
        ImportReadings readings = readings(Duration.ofSeconds(20), 2, Duration.ofSeconds(1));
        PendingImports.Pending pending = pending("Den Haag, 3 maart 2024\n\nOnderwerp: motie 'Meer bomen'\n");
        ReadDocument read = readings.pasted(pending.text());
        readings.keep(pending.id(), read);
        assertThat(readings.reading(pending)).isSameAs(read);
        assertThat(readings.reading(pending)).isSameAs(read);
    }

    /** After a restart the review reads once, by the budget; even a reading that ran out of time is kept. */
    @Test
    void aReadingThatRanOutOfTimeIsKeptAndNotTriedAgain() throws Exception {
        ImportReadings readings = readings(Duration.ofMillis(1), 2, Duration.ofSeconds(1));
        PendingImports.Pending pending = pending("Overwegende dat het zo is;\nHierbij iets anders.\n".repeat(20_000));
        ReadDocument first = readings.reading(pending);
        assertThat(first.warnings()).containsExactly(DocumentReader.TOO_SLOW);
        assertThat(readings.reading(pending)).isSameAs(first);
        readings.forget(pending.id());
        assertThat(readings.reading(pending)).isNotSameAs(first);
    }

    @Test
    void anUploadThatRunsOutOfTimeIsRefusedWithTheDutchMessage() {
        ImportReadings readings = readings(Duration.ofMillis(1), 2, Duration.ofSeconds(1));
        String text = "Overwegende dat het zo is;\nHierbij iets anders.\n".repeat(20_000);
        assertThatThrownBy(() -> readings.pasted(text)).isInstanceOf(DocumentReadException.class)
                .hasMessage("Het lezen duurde te lang; vul de gegevens zelf in.");
    }

    @Test
    void withoutATurnTheReviewIsNotReadAndTheClerkHearsWhy() throws Exception {
        ImportReadings readings = readings(Duration.ofSeconds(20), 1, Duration.ofMillis(100));
        try (ReadingQueue.Turn taken = readings.queue().take()) {
            assertThatThrownBy(() -> readings.reading(pending("Geachte raad,"))).isInstanceOf(DocumentReadException.class)
                    .hasMessage(ReadingQueue.BUSY);
            assertThatThrownBy(() -> readings.file("brief.txt", "Geachte raad,".getBytes()))
                    .hasMessage(ReadingQueue.BUSY);
        }
        assertThat(readings.file("brief.txt", "Geachte raad, hierbij de brief.".getBytes()).document().kind())
                .isEqualTo(ReadDocument.Kind.LETTER);
    }
}
