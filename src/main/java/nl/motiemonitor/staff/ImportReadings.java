package nl.motiemonitor.staff;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.motiemonitor.importing.ReadingDeadline;
import nl.motiemonitor.importing.DocumentExtractor;
import nl.motiemonitor.importing.DocumentReadException;
import nl.motiemonitor.importing.DocumentReader;
import nl.motiemonitor.importing.ReadDocument;
import org.springframework.stereotype.Component;

/**
 * Reads what a clerk uploads or pastes, within the limits of issue 12: one document at a time per turn of the
 * {@link ReadingQueue}, PDFs in a child JVM, extraction and recognition together within the time budget. What was
 * read is kept (in memory, for a while) with the pending import, so the review page does not read the document again
 * on every load; when it must (after a restart), the same turn and budget apply.
 */
@Component
class ImportReadings {

    /** Readings kept, counted in characters of their text: about 40 MB of heap. */
    private static final long KEPT_CHARACTERS = 20_000_000;

    private final DocumentExtractor extractor;
    private final DocumentReader reader;
    private final ReadingQueue queue;
    private final ImportProperties limits;
    private final Cache<UUID, ReadDocument> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS).weigher((UUID id, ReadDocument read) -> Math.max(1, read.text().length()))
            .expireAfterAccess(java.time.Duration.ofHours(2)).build();

    ImportReadings(ImportProperties limits) {
        this.limits = limits;
        this.extractor = DocumentExtractor.isolated(new DocumentExtractor.Limits(limits.maxSize().toBytes(),
                limits.maxPages(), limits.timeBudget()), limits.extractorHeap());
        this.reader = new DocumentReader(limits.timeBudget());
        this.queue = new ReadingQueue(limits.concurrentExtractions(), limits.queueWait());
    }

    /** An uploaded file's text and what it says. */
    record Read(DocumentExtractor.ExtractedText text, ReadDocument document) {
    }

    /** Refuses, before anything is read, a file of this size. */
    void checkSize(long bytes) throws DocumentReadException {
        extractor.checkSize(bytes);
    }

    /** Reads a file in its turn: its text (a PDF in a child JVM) and what it says, both by one deadline. */
    Read file(String name, byte[] content) throws DocumentReadException {
        try (ReadingQueue.Turn turn = queue.take()) {
            ReadingDeadline deadline = ReadingDeadline.after(limits.timeBudget());
            DocumentExtractor.ExtractedText text = extractor.extract(name, content, deadline);
            return new Read(text, reader.readOrRefuse(text.text(), deadline));
        }
    }

    /** Reads pasted text in its turn. */
    ReadDocument pasted(String text) throws DocumentReadException {
        try (ReadingQueue.Turn turn = queue.take()) {
            return reader.readOrRefuse(text, ReadingDeadline.after(limits.timeBudget()));
        }
    }

    void keep(UUID pending, ReadDocument read) {
        kept.put(pending, read);
    }

    /**
     * What the pending document says: as read before, or read again in its turn, by the time budget. Past the budget
     * the reading says so ({@link DocumentReader#TOO_SLOW}) and is kept as well, so a reload does not try again.
     */
    ReadDocument reading(PendingImports.Pending pending) throws DocumentReadException {
        ReadDocument read = kept.getIfPresent(pending.id());
        if (read != null) {
            return read;
        }
        try (ReadingQueue.Turn turn = queue.take()) {
            read = reader.read(pending.text(), ReadingDeadline.after(limits.timeBudget()));
        }
        kept.put(pending.id(), read);
        return read;
    }

    void forget(UUID pending) {
        kept.invalidate(pending);
    }

    ReadingQueue queue() {
        return queue;
    }
}
