package nl.motiemonitor.importing;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.motiemonitor.importing.DocumentExtractor.ExtractedText;
import nl.motiemonitor.importing.DocumentExtractor.Format;
import nl.motiemonitor.importing.DocumentReadException.Reason;

/**
 * The text of a PDF through Apache PDFBox, in this JVM: page by page until the deadline, with at most
 * {@code maxPages} pages, temporary data in files rather than on the heap (at most {@link #MAX_SCRATCH}), and no
 * stream that decodes to more than {@link DecodedStreams#MAX_DECODED} (a decompression bomb fails here, before PDFBox
 * would decode it onto the heap). The portal runs this in a child JVM ({@link PdfTextChild}); the command line in its
 * own process.
 */
final class PdfText {

    /** Temporary files PDFBox may write for one document (decrypted streams, for example). */
    static final long MAX_SCRATCH = 256L * 1024 * 1024;

    private PdfText() {
    }

    static ExtractedText read(byte[] content, int maxPages, ReadingDeadline deadline) throws DocumentReadException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(content), "",
                MemoryUsageSetting.setupTempFileOnly(MAX_SCRATCH).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw new DocumentReadException(Reason.TOO_MANY_PAGES,
                        ReaderMessage.of("reader.pdf.tooManyPages", pages, maxPages));
            }
            if (pages == 0) {
                throw noText();
            }
            DecodedStreams.check(document, deadline);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\f");
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                if (deadline.passed() || Thread.currentThread().isInterrupted()) {
                    throw tooSlow(deadline);
                }
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document));
                if (text.length() > DocumentReader.MAX_CHARS) {
                    break;
                }
            }
            if (text.codePoints().filter(Character::isLetter).limit(20).count() < 20) {
                throw noText();
            }
            return new ExtractedText(text.toString(), Format.PDF, pages);
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(Reason.ENCRYPTED, ReaderMessage.of("reader.pdf.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw tooHeavy(e);
        }
    }

    static DocumentReadException noText() {
        return new DocumentReadException(Reason.NO_TEXT, ReaderMessage.of("reader.pdf.noText"));
    }

    static DocumentReadException tooSlow(ReadingDeadline deadline) {
        return new DocumentReadException(Reason.TOO_SLOW,
                ReaderMessage.of("reader.pdf.tooSlow", seconds(deadline.budget())));
    }

    /** The seconds of the budget, to one decimal (the message says "20 seconden", "1 seconde", "1,5 seconde"). */
    static java.math.BigDecimal seconds(java.time.Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis()).divide(java.math.BigDecimal.valueOf(1000), 1,
                java.math.RoundingMode.HALF_UP);
    }

    static DocumentReadException corrupt(Throwable cause) {
        return new DocumentReadException(Reason.CORRUPT, ReaderMessage.of("reader.pdf.corrupt"), cause);
    }

    static DocumentReadException tooHeavy(Throwable cause) {
        return new DocumentReadException(Reason.TOO_LARGE, ReaderMessage.of("reader.pdf.tooHeavy"), cause);
    }
}
