package nl.motiemonitor.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made from text with PDFBox itself, for the extractor's tests and the benchmark. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF with the given text laid out as lines, {@code linesPerPage} per page (WinAnsi characters only). */
    public static byte[] fromText(String text, int linesPerPage) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n", -1)) {
            while (line.length() > 95) {
                int cut = line.lastIndexOf(' ', 95);
                cut = cut <= 0 ? 95 : cut;
                lines.add(line.substring(0, cut));
                line = line.substring(cut).stripLeading();
            }
            lines.add(line);
        }
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += linesPerPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 800);
                    for (int i = start; i < Math.min(lines.size(), start + linesPerPage); i++) {
                        content.showText(winAnsi(lines.get(i)));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with pages but no text (as a scan without OCR). */
    public static byte[] blankPages(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open. */
    public static byte[] encrypted(String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(fromText(text, 60))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "gebruiker", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF || "‘’“”–—•€".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
