package nl.motiemonitor.councillist;

import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council list as a print-ready PDF: A4 landscape, the table header repeated on every page, "Pagina n van m" in
 * the corner. The PDF is tagged and meets PDF/UA (headings, tables with column headers, language "nl") and PDF/A-3u
 * (fonts embedded, an sRGB output intent), so screen readers read it and archives accept it. The document is built
 * as XHTML with every text escaped, and rendered by openhtmltopdf with no access to files or the network.
 */
public final class CouncilListPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    /** The accent colour when none or no valid one is given: the Rijkshuisstijl's dark blue. */
    public static final String DEFAULT_ACCENT = "#154273";

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String PRODUCER = "Motiemonitor";
    /** A column whose cells are all this short (numbers, dates, names) is kept on one line. */
    static final int COMPACT_CELL = 20;

    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF). */
    private static final Pattern NOT_XML = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])"
                    + "|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    static {
        XRLog.setLoggerImpl(new ApplicationLog());
    }

    private CouncilListPdf() {
    }

    /**
     * The list as PDF bytes.
     *
     * @param accentColour a CSS hex colour ("#01689b" or "#fff") for the headings and the table header's border;
     *                     anything else gives {@link #DEFAULT_ACCENT}
     */
    public static byte[] write(CouncilListTable table, String accentColour) {
        return write(table, accentColour, diagnostic -> { });
    }

    /** The list as PDF bytes, telling {@code diagnostics} what the renderer noticed (a missing glyph, say). */
    static byte[] write(CouncilListTable table, String accentColour, Consumer<Diagnostic> diagnostics) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(xhtml(table, accent(accentColour)), null)
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_BEFORE_RESOLVING_URI)
                .withProducer(PRODUCER)
                .withDiagnosticConsumer(diagnostics)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The colour itself when it is a CSS hex colour that small text in it on white can be read by (WCAG AA, contrast
     * 4.5:1), else {@link #DEFAULT_ACCENT}; nothing else reaches the CSS.
     */
    static String accent(String colour) {
        String hex = colour == null ? "" : colour.strip();
        return HEX_COLOUR.matcher(hex).matches() && contrastOnWhite(hex) >= 4.5 ? hex : DEFAULT_ACCENT;
    }

    /** WCAG's contrast ratio of a "#rgb" or "#rrggbb" colour against white. */
    static double contrastOnWhite(String hex) {
        String rrggbb = hex.length() == 4 ? hex.replaceAll("([0-9a-fA-F])", "$1$1").substring(1) : hex.substring(1);
        double[] weights = {0.2126, 0.7152, 0.0722};
        double luminance = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rrggbb.substring(2 * i, 2 * i + 2), 16) / 255.0;
            luminance += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    static String xhtml(CouncilListTable table, String accent) {
        StringBuilder html = new StringBuilder(4096 + table.rowCount() * 200);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<title>").append(escape(title(table))).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(PRODUCER).append("\"/>\n")
                // PDF/UA wants a description; openhtmltopdf takes it from the subject
                .append("<meta name=\"subject\" content=\"")
                .append(escape(table.subtitle().isBlank() ? title(table) : table.subtitle())).append("\"/>\n");
        html.append("<style>\n").append(css(accent)).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(table.title())).append("</h1>\n");
        if (!table.bodyName().isBlank()) {
            html.append("<p class=\"body\">").append(escape(table.bodyName())).append("</p>\n");
        }
        if (!table.subtitle().isBlank()) {
            html.append("<p class=\"subtitle\">").append(escape(table.subtitle())).append("</p>\n");
        }
        boolean[] compact = compactColumns(table);
        for (CouncilListTable.Group group : table.groups()) {
            html.append("<h2>").append(escape(group.name())).append("</h2>\n");
            if (group.rows().isEmpty()) {
                html.append("<p class=\"empty\">Geen.</p>\n");
                continue;
            }
            html.append("<table>\n<thead>\n<tr>");
            for (String column : table.columns()) {
                html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
            }
            html.append("</tr>\n</thead>\n<tbody>\n");
            for (CouncilListTable.Row row : group.rows()) {
                appendRow(html, row, compact);
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendRow(StringBuilder html, CouncilListTable.Row row, boolean[] compact) {
        html.append("<tr>");
        for (int i = 0; i < row.cells().size(); i++) {
            html.append(compact[i] ? "<td class=\"compact\">" : "<td>");
            if (i == 0 && row.mark() != null) {
                html.append("<strong class=\"mark\">").append(escape(row.mark())).append("</strong> ");
            }
            html.append(escape(row.cells().get(i).text())).append("</td>");
        }
        html.append("</tr>\n");
    }

    /**
     * The columns to keep on one line: left to itself the table layout breaks "M-2026-01" and "14-03-2026" at their
     * hyphens to give the long columns more room.
     */
    private static boolean[] compactColumns(CouncilListTable table) {
        boolean[] compact = new boolean[table.columns().size()];
        Arrays.fill(compact, true);
        for (CouncilListTable.Group group : table.groups()) {
            for (CouncilListTable.Row row : group.rows()) {
                for (int i = 0; i < compact.length; i++) {
                    String cell = row.cells().get(i).text();
                    compact[i] &= cell.length() <= COMPACT_CELL && cell.indexOf('\n') < 0;
                }
            }
        }
        return compact;
    }

    /** The document title readers show: "title — body" when the list names its body. */
    private static String title(CouncilListTable table) {
        return table.bodyName().isBlank() ? table.title() : table.title() + " — " + table.bodyName();
    }

    private static String css(String accent) {
        return """
                @page {
                  size: A4 landscape; margin: 15mm;
                  @bottom-right { content: "Pagina " counter(page) " van " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 8pt; color: #444444; }
                }
                body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1a1a1a; line-height: 1.3; }
                h1 { font-size: 16pt; color: ACCENT; margin: 0 0 2mm 0; }
                h2 { font-size: 12pt; color: ACCENT; margin: 6mm 0 2mm 0; page-break-after: avoid; }
                p { margin: 0 0 1mm 0; } p.subtitle { color: #444444; }
                table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
                tr { page-break-inside: avoid; }
                th { text-align: left; vertical-align: bottom; font-weight: bold;
                     border-bottom: 0.6mm solid ACCENT; padding: 1mm 1.5mm; }
                td { vertical-align: top; border-bottom: 0.2mm solid #bbbbbb; padding: 1mm 1.5mm;
                     white-space: pre-line; word-wrap: break-word; }
                td.compact { white-space: nowrap; }
                .mark { font-size: 7.5pt; color: ACCENT; }
                """.replace("ACCENT", accent);
    }

    /** XML-escaped text; characters XML cannot hold at all are dropped (they would break the parser). */
    static String escape(String text) {
        return NOT_XML.matcher(text).replaceAll("").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static InputStream font(String file) {
        InputStream font = CouncilListPdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("Font /fonts/" + file + " is missing from the class path");
        }
        return font;
    }

    /**
     * openhtmltopdf writes its messages to the console by itself, a handful of INFO lines per PDF; this sends them to
     * the application's log instead, INFO as DEBUG. It is set once for the JVM, the only place that renders PDFs.
     */
    private static final class ApplicationLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger log = LoggerFactory.getLogger(where);
            if (level.intValue() >= Level.SEVERE.intValue()) {
                log.error(message, error);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn(message, error);
            } else {
                log.debug(message, error);
            }
        }

        @Override
        public void setLevel(String where, Level level) { // the application's logging configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return true;
        }
    }
}
