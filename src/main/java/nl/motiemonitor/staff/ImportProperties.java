package nl.motiemonitor.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits per imported document; a document beyond them is refused with a message in the clerk's language (README, "Staff area";
 * docs/adr/0012-hostile-documents.md).
 *
 * @param maxSize               largest file (keep {@code spring.servlet.multipart.max-file-size} at least as large)
 * @param maxPages              most pages of a PDF
 * @param timeBudget            longest time to read one document: extraction and recognition together
 * @param extractorHeap         heap of the child JVM that reads one PDF ({@code -Xmx}, e.g. "256m")
 * @param concurrentExtractions documents read at the same time; others wait their turn
 * @param queueWait             how long a document waits for its turn before the clerk is asked to try again
 */
@ConfigurationProperties("motiemonitor.import")
record ImportProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("500") int maxPages,
        @DefaultValue("20s") Duration timeBudget, @DefaultValue("256m") String extractorHeap,
        @DefaultValue("2") int concurrentExtractions, @DefaultValue("30s") Duration queueWait) {
}
