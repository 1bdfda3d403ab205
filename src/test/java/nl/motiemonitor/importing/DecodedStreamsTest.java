package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.motiemonitor.importing.DocumentReadException.Reason;

/**
 * A decompression bomb is refused before PDFBox decodes it (issue 12.5): 829 KB that inflate to 800 MB took a 512 MB
 * heap in two seconds. Here in this JVM, as the command line reads; the portal does the same in a child JVM.
 */
class DecodedStreamsTest {

    static Stream<Arguments> bombs() {
        return Stream.of(
                bomb("800 MB of zeros behind two filters", () -> HostilePdfs.bombBehindTwoFilters(800)),
                bomb("800 MB of zeros as the embedded font", () -> HostilePdfs.bombInAFont(800)),
                bomb("800 MB of zeros as a form the page draws", () -> HostilePdfs.bombInAForm(800)),
                bomb("800 MB of zeros as the page, said to be an image", () -> HostilePdfs.bombMarkedAsImage(800)),
                bomb("800 MB of zeros as the page", () -> HostilePdfs.bomb(800)));
    }

    private static Arguments bomb(String name, Supplier<byte[]> pdf) {
        return Arguments.of(name, pdf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void isRefusedBeforeItIsDecoded(String name, Supplier<byte[]> bomb) {
        byte[] pdf = bomb.get();
        assertThat(pdf.length).isLessThan(2 * 1024 * 1024);
        DocumentReadException refused = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> catchThrowableOfType(
                () -> new DocumentExtractor().extract("bom.pdf", pdf), DocumentReadException.class), name);
        assertThat(refused).as(name).isNotNull();
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused).hasMessage("De PDF bevat een onderdeel dat uitgepakt groter is dan 64 MB; zo'n PDF wordt niet "
                + "gelezen. Plak de tekst.");
    }
}
