package nl.motiemonitor.councillist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CouncilListPdfTest {

    @Test
    void containsTheTitleEveryGroupAndEveryRow() throws IOException {
        CouncilListTable table = SampleTables.small();
        try (PDDocument pdf = Loader.loadPDF(CouncilListPdf.write(table, "#01689b"))) {
            String text = text(pdf);
            assertThat(text).contains("Lijst van moties en toezeggingen", "Gemeenteraad Utrecht", "Stand per 5 december 2026",
                    "Moties", "Toezeggingen", "Stand van zaken", "Pagina 1 van 1");
            for (CouncilListTable.Group group : table.groups()) {
                for (CouncilListTable.Row row : group.rows()) {
                    assertThat(text).contains(row.texts().get(0), row.texts().get(1));
                }
            }
            assertThat(text).containsPattern("nieuw\\s+M-2026-01").containsPattern("gewijzigd\\s+M-2026-02")
                    .containsPattern("afgedaan\\s+M-2026-03").contains("Wethouder Ëmre Çelik", "Ideeën uit de coöperatie")
                    .as("an unmarked row has no label").containsPattern("(?m)^TZ-2026-07 ");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("A4 landscape").isCloseTo(842f, offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, offset(1f));
        }
    }

    @Test
    void isTaggedInDutchWithHeadingsAndTableHeaders() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CouncilListPdf.write(SampleTables.small(), "#01689b"))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("nl");

            List<String> types = structureTypes(catalog.getStructureTreeRoot());
            assertThat(types).contains("H1", "Table", "THead", "TBody", "TR", "TD");
            assertThat(types.stream().filter("H2"::equals)).hasSize(2);
            assertThat(types.stream().filter("TH"::equals)).as("one header cell per column per table").hasSize(10);
        }
    }

    @Test
    void embedsItsFontsAndCarriesItsMetadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CouncilListPdf.write(SampleTables.small(), null))) {
            List<PDFont> fonts = new ArrayList<>();
            for (COSObject object : pdf.getDocument().getObjectsByType(COSName.FONT)) {
                if (object.getObject() instanceof COSDictionary font
                        && !COSName.CID_FONT_TYPE2.equals(font.getCOSName(COSName.SUBTYPE))) { // read with its Type0
                    fonts.add(PDFontFactory.createFont(font));
                }
            }
            assertThat(fonts).as("every font in the file").isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });

            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Lijst van moties en toezeggingen — Gemeenteraad Utrecht");
            assertThat(info.getAuthor()).isEqualTo("Motiemonitor");
            assertThat(info.getProducer()).isEqualTo("Motiemonitor");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("PDF/A-3u").containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        }
    }

    @Test
    void aListOfSeveralPagesStillHasEveryRowAndRepeatsTheHeader() throws IOException {
        CouncilListTable table = SampleTables.longList(130);
        try (PDDocument pdf = Loader.loadPDF(CouncilListPdf.write(table, "#01689b"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = text(pdf);
            for (CouncilListTable.Row row : table.groups().get(0).rows()) {
                assertThat(text).contains(row.texts().get(0));
            }
            for (int i = 1; i <= 130; i++) {
                assertThat(text).contains("Onderwerp van motie nummer " + i + " over");
            }
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Pagina " + pages + " van " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf);
                assertThat(pageText).as("page %d", page).contains("Pagina " + page + " van " + pages);
                if (page < pages) {
                    assertThat(pageText).as("header on page %d", page).contains("Portefeuillehouder");
                }
            }
            assertThat(text).contains("Toezeggingen", "Geen.");
        }
    }

    @Test
    void showsHostileTextAsTextAndRunsNoneOfIt() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(CouncilListPdf.write(SampleTables.hostile(), "red;} body{display:none"))) {
            String text = text(pdf);
            assertThat(text).contains("Lijst & <b>moties</b>", "Raad ]]> \"Utrecht\"", "<!-- stand -->", "Nr. & naam",
                    "<th>Onderwerp</th>", "Moties <i>&amp;</i>", "<em>nieuw</em>", SampleTables.SCRIPT, "Gehackt",
                    "]]> &amp; &#x41;", "M-2 nulteken");
            assertThat(structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot()).stream().filter("H1"::equals))
                    .as("the breakout cell made no heading").hasSize(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Lijst & <b>moties</b> — Raad ]]> \"Utrecht\"");
        }
    }

    @Test
    void theRendererNoticesNothingAmiss() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CouncilListPdf.write(SampleTables.small(), "#01689b", diagnostics::add);
        CouncilListPdf.write(SampleTables.hostile(), "#01689b", diagnostics::add);
        CouncilListPdf.write(new CouncilListTable("Lijst", "", "", List.of("Nr."), List.of()), null, diagnostics::add);
        assertThat(diagnostics).as("it does tell").isNotEmpty();
        assertThat(diagnostics).filteredOn(diagnostic -> diagnostic.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(Diagnostic::getFormattedMessage).isEmpty();
    }

    @Test
    void takesOnlyAReadableHexColourAsAccent() {
        assertThat(CouncilListPdf.accent("#01689b")).isEqualTo("#01689b");
        assertThat(CouncilListPdf.accent(" #000 ")).isEqualTo("#000");
        assertThat(CouncilListPdf.accent("#FFFF00")).as("yellow on white cannot be read").isEqualTo("#154273");
        assertThat(CouncilListPdf.accent("#e17000")).as("contrast 3.0, below WCAG AA for small text").isEqualTo("#154273");
        assertThat(CouncilListPdf.contrastOnWhite("#fff")).isCloseTo(1.0, offset(0.01));
        assertThat(CouncilListPdf.contrastOnWhite("#000000")).isCloseTo(21.0, offset(0.01));
        assertThat(CouncilListPdf.contrastOnWhite("#01689b")).isCloseTo(6.0, offset(0.2));
        assertThat(CouncilListPdf.accent("red;} body{display:none")).isEqualTo(CouncilListPdf.DEFAULT_ACCENT);
        assertThat(CouncilListPdf.accent("#01689")).isEqualTo(CouncilListPdf.DEFAULT_ACCENT);
        assertThat(CouncilListPdf.accent(null)).isEqualTo("#154273");
        assertThat(CouncilListPdf.xhtml(SampleTables.small(), "#01689b")).contains("color: #01689b;")
                .contains("border-bottom: 0.6mm solid #01689b;").contains("lang=\"nl\"");
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static List<String> structureTypes(PDStructureNode node) {
        List<String> types = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }
}
