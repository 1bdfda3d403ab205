package nl.motiemonitor.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * PDFs made to hurt a reader (issue 12.5), written byte by byte in a few milliseconds: decompression bombs, deep
 * nesting, broken cross-reference tables, page trees that lie, JavaScript and XFA. Nothing is downloaded.
 */
public final class HostilePdfs {

    /** A line of text long enough for the extractor (it wants 20 letters). */
    public static final String TEXT = "Geachte raad, hierbij informeren wij u over de motie Meer bomen in de wijk.";

    private HostilePdfs() {
    }

    // ------------------------------------------------------------------------------------------------ bombs

    /** One page whose content stream inflates to {@code megabytes} of zeros: 800 MB is 829 KB of PDF. */
    public static byte[] bomb(int megabytes) {
        return page("/Filter /FlateDecode", zeros(megabytes));
    }

    /** The same bomb behind two filters: hexadecimal text around the deflated zeros. */
    public static byte[] bombBehindTwoFilters(int megabytes) {
        return page("/Filter [/ASCIIHexDecode /FlateDecode]", hex(zeros(megabytes)));
    }

    /** The bomb as the embedded font of the page's text. */
    public static byte[] bombInAFont(int megabytes) {
        RawPdf pdf = RawPdf.onePage();
        int file = pdf.stream("/Filter /FlateDecode", zeros(megabytes));
        int descriptor = pdf.object("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] "
                + "/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 " + file + " 0 R >>");
        pdf.replace(5, "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 "
                + "/FontDescriptor " + descriptor + " 0 R >>");
        return pdf.build();
    }

    /** The bomb as a form the page draws. */
    public static byte[] bombInAForm(int megabytes) {
        RawPdf pdf = RawPdf.onePage();
        int form = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode", zeros(megabytes));
        pdf.replace(3, pdf.body(3).replace("/Resources << ", "/Resources << /XObject << /X1 " + form + " 0 R >> "));
        pdf.replaceStream(4, "", ("BT /F1 12 Tf 50 800 Td (" + TEXT + ") Tj ET /X1 Do").getBytes(StandardCharsets.US_ASCII));
        return pdf.build();
    }

    /** The bomb as the page's contents, its dictionary saying it is an image: a check that skips images misses it. */
    public static byte[] bombMarkedAsImage(int megabytes) {
        return page("/Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode", zeros(megabytes));
    }

    /** One page whose content stream decodes to {@code megabytes} of text operators: under the decoded limit. */
    public static byte[] heavyPage(int megabytes) {
        byte[] line = "BT /F1 12 Tf 50 800 Td (Geachte raad hier is tekst) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < megabytes * 1024 * 1024) {
            content.writeBytes(line);
        }
        return page("/Filter /FlateDecode", deflate(content.toByteArray()));
    }

    /** The one-page PDF with this content stream. */
    private static byte[] page(String dictionary, byte[] content) {
        RawPdf pdf = RawPdf.onePage();
        pdf.replaceStream(4, dictionary, content);
        return pdf.build();
    }

    /** A page with a quarter of a million text operators: slow to extract, but small. */
    public static byte[] slowPage() {
        return heavyPage(14);
    }

    // ------------------------------------------------------------------------------------------------ structure

    /** The page's resources nested {@code depth} arrays deep. */
    public static byte[] deepArrays(int depth) {
        RawPdf pdf = RawPdf.onePage();
        pdf.replace(3, pdf.body(3).replace("/MediaBox", "/Deep " + "[".repeat(depth) + "]".repeat(depth) + " /MediaBox"));
        return pdf.build();
    }

    /** The page's resources nested {@code depth} dictionaries deep. */
    public static byte[] deepDictionaries(int depth) {
        RawPdf pdf = RawPdf.onePage();
        pdf.replace(3, pdf.body(3).replace("/MediaBox", "/Deep " + "<< /A ".repeat(depth) + "1" + " >>".repeat(depth)
                + " /MediaBox"));
        return pdf.build();
    }

    /** {@code count} pages sharing one content stream. */
    public static byte[] pages(int count) {
        RawPdf pdf = RawPdf.onePage();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int page = i == 0 ? 3 : pdf.object(pdf.body(3));
            kids.append(page).append(" 0 R ");
        }
        pdf.replace(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        return pdf.build();
    }

    /** A page tree that says it has one page and has {@code count}. */
    public static byte[] lyingPageCount(int count) {
        byte[] pdf = pages(count);
        return replace(pdf, "/Count " + count + " >>", "/Count 1" + " ".repeat(String.valueOf(count).length()) + " >>");
    }

    /** A page tree whose only kid is the tree itself. */
    public static byte[] cyclicPageTree() {
        RawPdf pdf = RawPdf.onePage();
        pdf.replace(2, "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>");
        return pdf.build();
    }

    /** An object that refers to itself, as the page's contents. */
    public static byte[] selfReference() {
        RawPdf pdf = RawPdf.onePage();
        int self = pdf.object("");
        pdf.replace(self, self + " 0 R");
        pdf.replace(3, pdf.body(3).replace("/Contents 4 0 R", "/Contents [4 0 R " + self + " 0 R]"));
        return pdf.build();
    }

    /** A form that draws itself. */
    public static byte[] recursiveForm() {
        RawPdf pdf = RawPdf.onePage();
        int form = pdf.object("");
        pdf.replaceStreamAt(form, "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 " + form
                + " 0 R >> >>", "/X1 Do".getBytes(StandardCharsets.US_ASCII));
        pdf.replace(3, pdf.body(3).replace("/Resources << ", "/Resources << /XObject << /X1 " + form + " 0 R >> "));
        pdf.replaceStream(4, "", ("BT /F1 12 Tf 50 800 Td (" + TEXT + ") Tj ET /X1 Do").getBytes(StandardCharsets.US_ASCII));
        return pdf.build();
    }

    /** Offsets in the cross-reference table that point nowhere. */
    public static byte[] brokenXref() {
        byte[] pdf = RawPdf.onePage().build();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("xref");
        String broken = text.substring(0, xref) + text.substring(xref).replaceAll("\\d{10} 00000 n", "0000099999 00000 n");
        return broken.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** No cross-reference table and no trailer: only objects. */
    public static byte[] noXref() {
        byte[] pdf = RawPdf.onePage().build();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.substring(0, text.lastIndexOf("xref")).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A trailer whose previous cross-reference section is itself. */
    public static byte[] xrefLoop() {
        byte[] pdf = RawPdf.onePage().build();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("xref");
        return text.replace("/Root 1 0 R", "/Root 1 0 R /Prev " + xref).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A stream whose length is absurd, and one that is negative. */
    public static byte[] lyingLengths() {
        byte[] pdf = RawPdf.onePage().build();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("/Length \\d+", "/Length 999999999999").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] negativeLength() {
        byte[] pdf = RawPdf.onePage().build();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("/Length \\d+", "/Length -5").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first half of a good PDF. */
    public static byte[] truncated() {
        byte[] pdf = RawPdf.onePage().build();
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** Only the header. */
    public static byte[] headerOnly() {
        return "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** JavaScript that runs when the document opens. */
    public static byte[] javaScript() {
        RawPdf pdf = RawPdf.onePage();
        int js = pdf.object("<< /Type /Action /S /JavaScript /JS (while (true) { app.alert('Motiemonitor'); }) >>");
        pdf.replace(1, "<< /Type /Catalog /Pages 2 0 R /OpenAction " + js + " 0 R >>");
        return pdf.build();
    }

    /** An XFA form: the text a viewer would show lives in XML, the page itself has little. */
    public static byte[] xfa() {
        RawPdf pdf = RawPdf.onePage();
        int xml = pdf.stream("", ("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><draw><value><text>"
                + TEXT + "</text></value></draw></subform></template>" + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>"
                + "</xdp:xdp>").getBytes(StandardCharsets.UTF_8));
        pdf.replace(1, "<< /Type /Catalog /Pages 2 0 R /NeedsRendering true /AcroForm << /Fields [] /XFA " + xml
                + " 0 R >> >>");
        return pdf.build();
    }

    /** A readable one-page letter, for comparison. */
    public static byte[] letter() {
        return RawPdf.onePage().build();
    }

    // ------------------------------------------------------------------------------------------------ bytes

    /** {@code megabytes} of zeros in zlib format, written in milliseconds: steady deflate blocks repeated. */
    public static byte[] zeros(int megabytes) {
        Deflater deflater = new Deflater(9, true);
        byte[] megabyte = new byte[1 << 20];
        byte[] first = flush(deflater, megabyte);
        byte[] steady = flush(deflater, megabyte);
        byte[] again = flush(deflater, megabyte);
        if (!Arrays.equals(steady, again) || megabytes < 3) {
            throw new IllegalStateException("deflate did not settle; ask for 3 MB or more");
        }
        byte[] end = finish(deflater);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xDA);
        out.writeBytes(first);
        for (int i = 2; i <= megabytes; i++) {
            out.writeBytes(steady);
        }
        out.writeBytes(end);
        long adler = ((((long) megabytes << 20) % 65521) << 16) | 1; // Adler-32 of zeros: A stays 1, B counts them
        out.write((int) (adler >>> 24));
        out.write((int) (adler >>> 16) & 0xFF);
        out.write((int) (adler >>> 8) & 0xFF);
        out.write((int) adler & 0xFF);
        return out.toByteArray();
    }

    private static byte[] flush(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(1);
        deflater.setInput(data);
        return finish(deflater);
    }

    /** What the deflater still holds, to its end. */
    private static byte[] finish(Deflater deflater) {
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] hex(byte[] data) {
        StringBuilder b = new StringBuilder(data.length * 2 + 1);
        for (byte x : data) {
            b.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        }
        return b.append('>').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] replace(byte[] pdf, String from, String to) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A PDF written object by object: objects 1 to 5 are the catalog, the page tree, one page, its content stream and
     * Helvetica; more can be added, any replaced. {@link #build} writes the cross-reference table with true offsets.
     */
    static final class RawPdf {
        private final List<byte[]> objects = new ArrayList<>();
        private final List<String> bodies = new ArrayList<>();

        static RawPdf onePage() {
            RawPdf pdf = new RawPdf();
            pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>");
            pdf.stream("", ("BT /F1 12 Tf 50 800 Td (" + TEXT + ") Tj ET").getBytes(StandardCharsets.US_ASCII));
            pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
            return pdf;
        }

        int object(String body) {
            bodies.add(body);
            objects.add(body.getBytes(StandardCharsets.ISO_8859_1));
            return objects.size();
        }

        int stream(String dictionary, byte[] data) {
            int number = object("");
            replaceStreamAt(number, dictionary, data);
            return number;
        }

        String body(int number) {
            return bodies.get(number - 1);
        }

        void replace(int number, String body) {
            bodies.set(number - 1, body);
            objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
        }

        void replaceStream(int number, String dictionary, byte[] data) {
            replaceStreamAt(number, dictionary, data);
        }

        void replaceStreamAt(int number, String dictionary, byte[] data) {
            String head = "<< " + dictionary + " /Length " + data.length + " >>";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((head + "\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(data);
            out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
            bodies.set(number - 1, head);
            objects.set(number - 1, out.toByteArray());
        }

        byte[] build() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
            long[] offsets = new long[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = out.size();
                out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(objects.get(i));
                out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            long xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            for (long offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }
    }
}
