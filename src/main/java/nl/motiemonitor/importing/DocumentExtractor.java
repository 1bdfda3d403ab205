package nl.motiemonitor.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.motiemonitor.importing.DocumentReadException.Reason;

/**
 * Gets the text out of an uploaded file: a PDF (recognised by its {@code %PDF-} header, whatever its name) through
 * Apache PDFBox, or plain text (UTF-8, else windows-1252). Bounded in size, pages, memory (PDFBox buffers in temporary
 * files, not the heap; no stream may decode to more than 64 MB) and time; every failure is a
 * {@link DocumentReadException} with a message for the clerk ({@link ReaderMessage}). The portal reads PDFs in a
 * child JVM ({@link #isolated}).
 */
public final class DocumentExtractor {

    /** Limits per document. */
    public record Limits(long maxBytes, int maxPages, Duration timeBudget) {

        public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, 500, Duration.ofSeconds(20));

        public Limits {
            if (maxBytes <= 0 || maxPages <= 0 || timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
                throw new IllegalArgumentException("Ongeldige grenzen voor het lezen van documenten");
            }
        }
    }

    /** The text of a document and where it came from. */
    public record ExtractedText(String text, Format format, int pages) {
    }

    public enum Format { PDF, TEXT }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept junk before the header; so do we, within the first kilobyte. */
    private static final int MAGIC_WINDOW = 1024;

    private final Limits limits;
    private final PdfTextProcess child;

    public DocumentExtractor() {
        this(Limits.DEFAULTS);
    }

    /** Reads PDFs in this JVM: for the command line. */
    public DocumentExtractor(Limits limits) {
        this(limits, null);
    }

    private DocumentExtractor(Limits limits, PdfTextProcess child) {
        this.limits = limits;
        this.child = child;
    }

    /**
     * Reads each PDF in a child JVM with a heap of {@code heap} (as {@code -Xmx} takes it: "256m"), killed at the
     * deadline: for the portal, whose heap and threads a hostile PDF must not reach (issue 12.5).
     */
    public static DocumentExtractor isolated(Limits limits, String heap) {
        return new DocumentExtractor(limits, new PdfTextProcess(heap));
    }

    public Limits limits() {
        return limits;
    }

    public ExtractedText extract(Path file) throws DocumentReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentReadException(Reason.UNREADABLE,
                    ReaderMessage.of("reader.file.unreadable", String.valueOf(e.getMessage())), e);
        }
        checkSize(size);
        try {
            return extract(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DocumentReadException(Reason.UNREADABLE,
                    ReaderMessage.of("reader.file.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    public ExtractedText extract(String fileName, byte[] content) throws DocumentReadException {
        return extract(fileName, content, ReadingDeadline.after(limits.timeBudget()));
    }

    /** The text of the file, read by the deadline (which the reading of the text may share). */
    public ExtractedText extract(String fileName, byte[] content, ReadingDeadline deadline) throws DocumentReadException {
        if (content == null || content.length == 0) {
            throw new DocumentReadException(Reason.EMPTY, ReaderMessage.of("reader.file.empty"));
        }
        checkSize(content.length);
        if (isPdf(content)) {
            return pdf(content, deadline);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            throw new DocumentReadException(Reason.NOT_A_PDF, ReaderMessage.of("reader.file.pdfName"));
        }
        if (!looksLikeText(content)) {
            throw new DocumentReadException(Reason.NOT_A_PDF, ReaderMessage.of("reader.file.notPdfOrText"));
        }
        String text = decode(content);
        if (text.isBlank()) {
            throw new DocumentReadException(Reason.EMPTY, ReaderMessage.of("reader.file.whiteSpace"));
        }
        return new ExtractedText(text, Format.TEXT, 0);
    }

    /** Refuses, before anything is read, a document of this many bytes that is empty or over the limit. */
    public void checkSize(long size) throws DocumentReadException {
        if (size == 0) {
            throw new DocumentReadException(Reason.EMPTY, ReaderMessage.of("reader.file.empty"));
        }
        if (size > limits.maxBytes()) {
            throw new DocumentReadException(Reason.TOO_LARGE, ReaderMessage.of("reader.file.tooLarge", megabytes(size),
                    megabytes(limits.maxBytes())));
        }
    }

    /** Megabytes to one decimal, rounded half up (the message writes them per language: "21,0" or "21.0"). */
    private static java.math.BigDecimal megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP);
    }

    static boolean isPdf(byte[] content) {
        int window = Math.min(content.length - PDF_MAGIC.length, MAGIC_WINDOW);
        outer:
        for (int i = 0; i <= window; i++) {
            for (int k = 0; k < PDF_MAGIC.length; k++) {
                if (content[i + k] != PDF_MAGIC[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean looksLikeText(byte[] content) {
        int sample = Math.min(content.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control <= sample / 100;
    }

    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private ExtractedText pdf(byte[] content, ReadingDeadline deadline) throws DocumentReadException {
        return child != null ? child.read(content, limits.maxPages(), deadline) : inThisJvm(content, deadline);
    }

    /**
     * PDFBox on a thread of this JVM, given up at the deadline (the thread may go on: PDFBox ignores interrupts). For
     * the command line, which reads the operator's own files in a process of its own; the portal reads PDFs in a
     * child JVM ({@link #isolated}).
     */
    private ExtractedText inThisJvm(byte[] content, ReadingDeadline deadline) throws DocumentReadException {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "pdf-text");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ExtractedText> future = executor.submit(() -> PdfText.read(content, limits.maxPages(), deadline));
            return future.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw PdfText.tooSlow(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PdfText.tooSlow(deadline);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentReadException d) {
                throw d;
            }
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                throw PdfText.tooHeavy(cause);
            }
            throw PdfText.corrupt(cause);
        } finally {
            executor.shutdownNow();
        }
    }
}
