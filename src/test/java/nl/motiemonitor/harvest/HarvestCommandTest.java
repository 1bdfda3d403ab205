package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code java -jar motiemonitor.jar harvest …}: its options, its help and its exit codes, without starting Spring. */
class HarvestCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpDocumentsEveryOptionAndStartsNothing() {
        int code = run("--help");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--orgaan SLUG", "--bron SOORT",
                "tweede-kamer, notubiz, ibabs", "--opnieuw", "--max-paginas N", "--help",
                "--spring.datasource.url=", "Afsluitcode 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--onbekend", "--bron=ris", "--max-paginas=0", "--max-paginas=veel", "--orgaan"})
    void aWrongOptionIsAUsageErrorWithItsReason(String option) {
        int code = run(option);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Gebruik: java -jar motiemonitor.jar harvest");
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .containsAnyOf("Onbekende optie", "Onbekende bron", "--max-paginas vraagt", "mist een waarde");
    }

    @Test
    void readsEveryOptionAndPassesThePortalsSettingsOn() {
        HarvestCommand.Options options = HarvestCommand.parse(new String[] {"--orgaan", "tweede-kamer",
                "--bron=notubiz", "--opnieuw", "--max-paginas", "3", "--spring.datasource.url=jdbc:postgresql://db/mm"});

        assertThat(options).isEqualTo(new HarvestCommand.Options("tweede-kamer", SourceKind.NOTUBIZ, true, 3, false,
                List.of("--spring.datasource.url=jdbc:postgresql://db/mm")));
    }

    private int run(String... args) {
        return HarvestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), springArgs -> {
                    throw new AssertionError("the portal must not start");
                });
    }
}
