package nl.motiemonitor.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits per imported document; a document beyond them is refused with a Dutch message.
 *
 * @param maxSize    largest file (keep {@code spring.servlet.multipart.max-file-size} at least as large)
 * @param maxPages   most pages of a PDF
 * @param timeBudget longest time to read one document
 */
@ConfigurationProperties("motiemonitor.import")
record ImportProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("500") int maxPages,
        @DefaultValue("20s") Duration timeBudget) {
}
