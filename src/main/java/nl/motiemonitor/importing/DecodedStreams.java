package nl.motiemonitor.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

import nl.motiemonitor.importing.DocumentReadException.Reason;

/**
 * Refuses a PDF with a stream that decodes to more than {@link #MAX_DECODED} bytes. PDFBox decodes a stream whole onto
 * the heap before it reads it, so a page of 783 KB that inflates to 800 MB of zeros took 2.7 seconds to exhaust a
 * 512 MB heap (issue 12.5). Here each stream's filters are run once more, into a sink that only counts (or, between two
 * filters, keeps at most the limit in 4 KB chunks), and stop at the limit. Image codecs are not decoded: text
 * extraction never decodes images.
 */
final class DecodedStreams {

    /** The most one stream may decode to; a content stream of a text page is a few kilobytes. */
    static final long MAX_DECODED = 64L * 1024 * 1024;

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private DecodedStreams() {
    }

    static void check(PDDocument document, ReadingDeadline deadline) throws DocumentReadException, IOException {
        COSDocument cos = document.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            if (deadline.passed()) {
                throw PdfText.tooSlow(deadline);
            }
            COSBase object = cos.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && decodesTooMuch(stream)) {
                throw new DocumentReadException(Reason.TOO_LARGE,
                        ReaderMessage.of("reader.pdf.decodesTooMuch", MAX_DECODED / (1024 * 1024)));
            }
        }
    }

    /** Whether the stream's filters produce more than the limit; a stream that cannot be decoded is left to PDFBox. */
    static boolean decodesTooMuch(COSStream stream) {
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
            return false;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                Sink sink = new Sink(i < filters.size() - 1);
                try {
                    filter.decode(input, sink, stream, i, DecodeOptions.DEFAULT);
                } catch (TooLarge e) {
                    return true;
                } finally {
                    input.close();
                }
                if (sink.overflowed) {
                    return true; // a filter that swallowed the exception
                }
                input = sink.kept();
            }
            input.close();
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The filters as PDFBox applies them: duplicates removed. */
    private static List<COSName> filters(COSBase filters) {
        Set<COSName> names = new LinkedHashSet<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase entry : array) {
                if (entry instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("decoded stream over the limit", null);
        }
    }

    /** Counts what a filter writes, keeps it only when another filter follows, and stops at the limit. */
    private static final class Sink extends OutputStream {
        private final RandomAccessReadWriteBuffer kept;
        private final OutputStream keeping;
        private long written;
        boolean overflowed;

        Sink(boolean keep) {
            this.kept = keep ? new RandomAccessReadWriteBuffer() : null;
            this.keeping = keep ? new RandomAccessOutputStream(kept) : null;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            if (keeping != null) {
                keeping.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            if (keeping != null) {
                keeping.write(b, off, len);
            }
        }

        private void count(int len) throws TooLarge {
            written += len;
            if (written > MAX_DECODED) {
                overflowed = true;
                throw new TooLarge();
            }
        }

        InputStream kept() throws IOException {
            kept.seek(0);
            return new RandomAccessInputStream(kept);
        }
    }
}
