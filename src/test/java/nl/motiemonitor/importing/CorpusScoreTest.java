package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader on the shared corpus of real council documents ({@code ../shared/corpus}, with its labels), scored the
 * way {@code ../shared/corpus/score} scores it: every file is read (no failure, no time-out) and at least 95 % of the
 * labelled fields match. Skipped where the corpus is not beside the project.
 */
class CorpusScoreTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final double REQUIRED = 0.95;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theReaderGetsAtLeast95PercentOfTheLabelledFieldsOfRealDocumentsRight() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("labels.json")), "no corpus at " + CORPUS.toAbsolutePath());
        JsonNode labels = JSON.readTree(CORPUS.resolve("labels.json").toFile());
        DocumentReader reader = new DocumentReader();
        List<String> misses = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        int total = 0;
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d+_.*\\.txt")).sorted().toList()) {
                String name = file.getFileName().toString();
                ReadDocument read = reader.read(Files.readString(file, StandardCharsets.UTF_8));
                boolean failed = read.warnings().stream().anyMatch(w -> w.code().equals("reader.warning.failed"));
                if (DocumentReader.tooSlow(read) || failed) {
                    notRead.add(name);
                }
                JsonNode want = labels.get(name);
                if (want == null) {
                    continue;
                }
                Map<String, Object> got = ReadDocumentJson.toMap(name, read);
                for (Iterator<Map.Entry<String, JsonNode>> it = want.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    total++;
                    String expected = expected(field.getKey(), field.getValue());
                    String actual = actual(field.getKey(), field.getValue(), got);
                    if (!expected.equals(actual)) {
                        misses.add(name + " " + field.getKey() + ": got " + actual + ", want " + expected);
                    }
                }
            }
        }
        double share = total == 0 ? 0 : (total - misses.size()) / (double) total;
        System.out.printf("corpus: %d of %d labelled fields (%.0f%%)%n%s%n", total - misses.size(), total, 100 * share,
                String.join("\n", misses));
        assertThat(notRead).as("files not read").isEmpty();
        assertThat(share).as("share of labelled fields right; misses:\n" + String.join("\n", misses))
                .isGreaterThanOrEqualTo(REQUIRED);
    }

    private static String expected(String key, JsonNode value) {
        return key.equals("clauses") ? new TreeMap<>(JSON.convertValue(value, Map.class)).toString() : norm(text(value));
    }

    @SuppressWarnings("unchecked")
    private static String actual(String key, JsonNode want, Map<String, Object> got) {
        switch (key) {
            case "clauses" -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                for (Map<String, Object> motion : (List<Map<String, Object>>) got.get("motions")) {
                    for (Map<String, Object> clause : (List<Map<String, Object>>) motion.get("clauses")) {
                        counts.merge((String) clause.get("kind"), 1, Integer::sum);
                    }
                }
                Map<String, Integer> labelled = new TreeMap<>();
                want.propertyNames().forEach(kind -> labelled.put(kind, counts.getOrDefault(kind, 0)));
                return labelled.toString();
            }
            case "title" -> {
                List<Map<String, Object>> motions = (List<Map<String, Object>>) got.get("motions");
                Object title = motions.isEmpty() ? null : motions.get(0).get("title");
                return norm(title == null ? null : title.toString()).replaceFirst("^motie\\s*:?\\s*", "")
                        .replaceAll("^['\"‘’ ]+|['\"‘’ ]+$", "");
            }
            default -> {
                Object value = got.get(key);
                return norm(value == null ? null : value.toString());
            }
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String norm(String s) {
        if (s == null) {
            return "null";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return n.replaceAll("\\s+", " ").strip().replaceAll("^['\"]+|['\"]+$", "").toLowerCase(Locale.ROOT);
    }
}
