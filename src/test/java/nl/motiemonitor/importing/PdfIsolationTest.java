package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.DocumentExtractor.Limits;
import nl.motiemonitor.importing.DocumentReadException.Reason;

/** The portal reads each PDF in a child JVM with a heap of its own, killed at the deadline (issue 12.5). */
class PdfIsolationTest {

    private static final Limits LIMITS = new Limits(20L * 1024 * 1024, 500, Duration.ofSeconds(15));

    @Test
    void theChildReadsAPdfAsThisJvmDoes() throws Exception {
        byte[] pdf = TestPdfs.fromText(Seeds.text(Seeds.DEN_HAAG_RIS307039), 60);
        DocumentExtractor.ExtractedText inChild = DocumentExtractor.isolated(LIMITS, "256m").extract("brief.pdf", pdf);
        DocumentExtractor.ExtractedText here = new DocumentExtractor(LIMITS).extract("brief.pdf", pdf);
        assertThat(inChild).isEqualTo(here);
        assertThat(inChild.format()).isEqualTo(DocumentExtractor.Format.PDF);
    }

    @Test
    void eachRefusalOfTheChildKeepsItsReasonAndDutchMessage() {
        DocumentExtractor child = DocumentExtractor.isolated(LIMITS, "256m");
        assertThatThrownBy(() -> child.extract("bom.pdf", HostilePdfs.bombInAFont(800)))
                .hasMessageContaining("uitgepakt groter is dan 64 MB")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThatThrownBy(() -> child.extract("geheim.pdf", TestPdfs.encrypted("Geachte raad, dit is geheim.")))
                .hasMessageContaining("wachtwoord")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.ENCRYPTED);
        assertThatThrownBy(() -> child.extract("lang.pdf", HostilePdfs.pages(600)))
                .hasMessage("De PDF heeft 600 pagina's; de grens is 500.");
    }

    /** A font of 40 MB does not fit a heap of 32 MB: the child ends, the portal does not notice. */
    @Test
    void aChildThatRunsOutOfMemoryEndsAloneAndTheClerkHearsWhy() {
        DocumentExtractor small = DocumentExtractor.isolated(LIMITS, "32m");
        long start = System.nanoTime();
        assertThatThrownBy(() -> small.extract("zwaar.pdf", HostilePdfs.bombInAFont(40)))
                .hasMessage("De PDF is te zwaar om te lezen (te grote of te diep geneste onderdelen); plak de tekst.")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    /** PDFBox ignores interrupts; a child at its deadline is killed, with nothing left running. */
    @Test
    void aChildPastTheDeadlineIsKilled() {
        DocumentExtractor hasty = DocumentExtractor.isolated(new Limits(20L * 1024 * 1024, 500, Duration.ofMillis(1500)),
                "256m");
        byte[] slow = HostilePdfs.heavyPage(60);
        long start = System.nanoTime();
        assertThatThrownBy(() -> hasty.extract("traag.pdf", slow))
                .hasMessage("Het lezen van de PDF duurde langer dan 1,5 seconde en is afgebroken; plak de tekst.")
                .extracting(e -> ((DocumentReadException) e).reason()).isEqualTo(Reason.TOO_SLOW);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> child.info().commandLine().orElse("").contains(PdfTextChild.class.getSimpleName())))
                .isEmpty();
    }

    @Test
    void theChildStartsFromTheClassPathWhenSpringBootsLauncherDidNotStartThisJvm() {
        assertThat(PdfTextProcess.launch()).isEqualTo(List.of(PdfTextChild.class.getName()));
        List<String> command = new PdfTextProcess("128m").command(java.nio.file.Path.of("/tmp/x/document.pdf"), 500,
                Duration.ofSeconds(20), java.nio.file.Path.of("/tmp/x"));
        assertThat(command).contains("-Xmx128m", "-XX:+ExitOnOutOfMemoryError", PdfTextChild.class.getName(),
                "/tmp/x/document.pdf", "500", "20000");
        assertThatThrownBy(() -> new PdfTextProcess("256m; rm -rf /")).isInstanceOf(IllegalArgumentException.class);
    }
}
