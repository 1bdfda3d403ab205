package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.DocumentReadException.Reason;

class DocumentExtractorTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void readsTheTextOfAPdfAndTheReaderRecognisesTheLetter() throws Exception {
        byte[] pdf = TestPdfs.fromText(Seeds.text(Seeds.DEN_HAAG_RIS307039), 60);
        DocumentExtractor.ExtractedText text = extractor.extract("brief.pdf", pdf);
        assertThat(text.format()).isEqualTo(DocumentExtractor.Format.PDF);
        ReadDocument d = new DocumentReader().read(text.text());
        assertThat(d.date().value()).hasToString("2021-03-16");
        assertThat(d.reference().value()).isEqualTo("SZW/10066936");
        assertThat(d.motions().get(0).clauses()).hasSize(5);
        assertThat(d.dischargeValue()).isEqualTo(ReadDocument.Discharge.CLAIMED);
    }

    /** PDF text has no blank lines between paragraphs; every seed reads the same from its PDF as from its text. */
    @Test
    void everySeedReadsTheSameFromAPdf() throws Exception {
        DocumentReader reader = new DocumentReader();
        for (String seed : Seeds.ALL) {
            String text = Seeds.text(seed);
            String fromPdf = extractor.extract(seed + ".pdf", TestPdfs.fromText(text, 60)).text();
            assertThat(ReadDocumentJson.toMap(seed, reader.read(fromPdf))).as(seed)
                    .isEqualTo(ReadDocumentJson.toMap(seed, reader.read(text)));
        }
    }

    @Test
    void aPdfIsRecognisedByItsContentNotItsName() throws Exception {
        byte[] pdf = TestPdfs.fromText(Seeds.text(Seeds.DEN_HAAG_RIS323480), 60);
        assertThat(extractor.extract("brief.txt", pdf).format()).isEqualTo(DocumentExtractor.Format.PDF);
        assertThatThrownBy(() -> extractor.extract("brief.pdf", "Geachte raad".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("geen PDF")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.NOT_A_PDF);
    }

    @Test
    void plainTextInUtf8OrWindows1252() throws Exception {
        assertThat(extractor.extract("a.txt", "Geïnformeerd".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Geïnformeerd");
        assertThat(extractor.extract("a.txt", "Geïnformeerd".getBytes(Charset.forName("windows-1252"))).text())
                .isEqualTo("Geïnformeerd");
    }

    @Test
    void eachBadInputHasItsOwnDutchMessage() {
        assertReason("leeg.pdf", new byte[0], Reason.EMPTY, "leeg");
        assertReason("x.bin", new byte[] {0, 1, 2, 3, (byte) 0xFF, 0}, Reason.NOT_A_PDF, "geen PDF");
        assertReason("scan.pdf", TestPdfs.blankPages(2), Reason.NO_TEXT, "Geen tekst gevonden in de PDF; plak de tekst");
        assertReason("geheim.pdf", TestPdfs.encrypted("Geachte raad, dit is geheim."), Reason.ENCRYPTED, "wachtwoord");
        byte[] pdf = TestPdfs.fromText(Seeds.text(Seeds.DEN_HAAG_RIS323480), 60);
        assertReason("kapot.pdf", Arrays.copyOf(pdf, 200), Reason.CORRUPT, "beschadigd");
        byte[] garbage = ("%PDF-1.7\n" + "x".repeat(500)).getBytes(StandardCharsets.US_ASCII);
        assertReason("rommel.pdf", garbage, Reason.CORRUPT, "beschadigd");
    }

    @Test
    void limitsOnSizePagesAndTime() {
        DocumentExtractor small = new DocumentExtractor(new DocumentExtractor.Limits(1000, 500, Duration.ofSeconds(10)));
        byte[] pdf = TestPdfs.fromText(Seeds.text(Seeds.TWEEDE_KAMER), 60);
        assertThatThrownBy(() -> small.extract("groot.pdf", pdf)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("te groot").extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.TOO_LARGE);

        DocumentExtractor fewPages = new DocumentExtractor(new DocumentExtractor.Limits(20_000_000, 2, Duration.ofSeconds(10)));
        byte[] threePages = TestPdfs.fromText(Seeds.text(Seeds.TWEEDE_KAMER), 50);
        assertThatThrownBy(() -> fewPages.extract("lang.pdf", threePages)).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining("pagina's").extracting(e -> ((DocumentReadException) e).reason())
                .isEqualTo(Reason.TOO_MANY_PAGES);

        DocumentExtractor hasty = new DocumentExtractor(new DocumentExtractor.Limits(20_000_000, 500, Duration.ofNanos(1)));
        assertThatThrownBy(() -> hasty.extract("traag.pdf", threePages)).isInstanceOf(DocumentReadException.class)
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.TOO_SLOW);
    }

    @Test
    void theDefaultsAreTwentyMegabytesAndFiveHundredPages() {
        assertThat(DocumentExtractor.Limits.DEFAULTS.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(DocumentExtractor.Limits.DEFAULTS.maxPages()).isEqualTo(500);
    }

    private void assertReason(String name, byte[] content, Reason reason, String message) {
        assertThatThrownBy(() -> extractor.extract(name, content)).as(name).isInstanceOf(DocumentReadException.class)
                .hasMessageContaining(message).extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(reason);
    }
}
