package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadDocumentCommandTest {

    private static final List<String> KEYS = List.of("file", "kind", "date", "subject", "reference", "registrationNumbers",
            "contact", "signatories", "discharge", "motions", "promises", "items", "warnings");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReadDocumentCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        JsonMapper mapper = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(mapper::readTree).toList();
    }

    @Test
    void oneJsonObjectPerLinePerFileWithExactlyTheListedKeys() throws Exception {
        Path txt = dir.resolve("ris307041.txt");
        Files.writeString(txt, Seeds.text(Seeds.DEN_HAAG_RIS307041));
        Path pdf = dir.resolve("groningen.pdf");
        Files.write(pdf, TestPdfs.fromText(Seeds.text(Seeds.GRONINGEN_2019_02_14), 60));

        assertThat(run(txt.toString(), pdf.toString())).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertThat(line.propertyNames()).containsExactlyElementsOf(KEYS);
            assertThat(line.get("contact").propertyNames()).containsExactly("name", "department", "unit", "phone", "email");
        }
        JsonNode first = lines.get(0);
        assertThat(first.get("file").asString()).isEqualTo(txt.toString());
        assertThat(first.get("kind").asString()).isEqualTo("LETTER");
        assertThat(first.get("date").asString()).isEqualTo("2021-02-02");
        assertThat(first.get("discharge").asString()).isEqualTo("CLAIMED");
        assertThat(first.get("registrationNumbers").get(0).asString()).isEqualTo("RIS307041");
        JsonNode motion = first.get("motions").get(0);
        assertThat(motion.propertyNames()).containsExactly("title", "number", "adoptedOn", "debate", "sponsors", "outcome",
                "partiesFor", "partiesAgainst",
                "clauses", "footnotes");
        assertThat(motion.get("adoptedOn").asString()).isEqualTo("2020-11-25");
        assertThat(motion.get("clauses").get(4).get("kind").asString()).isEqualTo("REQUEST");
        assertThat(first.get("promises").get(0).get("dueDate").asString()).isEqualTo("2021-06-20");

        JsonNode second = lines.get(1);
        assertThat(second.get("date").asString()).isEqualTo("2019-02-14");
        assertThat(second.get("reference").isNull()).isTrue();
        assertThat(second.get("signatories").get(0).get("name").asString()).isEqualTo("Peter den Oudsten");
    }

    @Test
    void aFailedFileIsReportedAndTheOthersStillRead() throws Exception {
        Path good = dir.resolve("goed.txt");
        Files.writeString(good, Seeds.text(Seeds.TWEEDE_KAMER));
        Path empty = Files.createFile(dir.resolve("leeg.pdf"));
        Path fake = dir.resolve("nep.pdf");
        Files.writeString(fake, "dit is geen pdf");

        assertThat(run(empty.toString(), good.toString(), fake.toString(), dir.resolve("weg.pdf").toString())).isEqualTo(1);

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("error").asString()).isEqualTo("Het bestand is leeg.");
        assertThat(lines.get(1).get("kind").asString()).isEqualTo("LETTER");
        assertThat(lines.get(2).get("error").asString()).contains("geen PDF");
        assertThat(lines.get(3).get("error").asString()).contains("bestaat niet");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("leeg.pdf: Het bestand is leeg.");
    }

    @Test
    void usageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Gebruik: java -jar motiemonitor.jar read-document");
        assertThat(run("--onbekend")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void theMapHasTheKeysInOrder() {
        Map<String, Object> map = ReadDocumentJson.toMap("x", new DocumentReader().read(""));
        assertThat(map.keySet()).containsExactlyElementsOf(KEYS);
    }
}
