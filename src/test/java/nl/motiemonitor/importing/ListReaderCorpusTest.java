package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.ListItem;

/**
 * The shared development corpus (../shared/corpus, when present): every file labelled LIST is read as a list with at
 * least one item, every other file is not. The whole file is read, SOURCE and KIND lines included, as the reader gets it.
 */
class ListReaderCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern KIND = Pattern.compile("\"([^\"]++)\"\\s*+:\\s*+\\{\\s*+\"kind\"\\s*+:\\s*+\"([A-Z]++)\"");

    @Test
    void listsAreReadAsListsAndNothingElseIs() throws IOException {
        Path labels = CORPUS.resolve("labels.json");
        assumeTrue(Files.isRegularFile(labels), "no shared corpus at " + CORPUS.toAbsolutePath());
        Matcher m = KIND.matcher(Files.readString(labels, StandardCharsets.UTF_8));
        List<String> wrong = new ArrayList<>();
        int files = 0;
        while (m.find()) {
            Path file = CORPUS.resolve(m.group(1));
            if (!Files.isRegularFile(file)) {
                continue;
            }
            files++;
            String text = TextNormaliser.normalise(Files.readString(file, StandardCharsets.UTF_8));
            Optional<List<ListItem>> items = ListReader.read(text, ReadingDeadline.after(Duration.ofSeconds(10)));
            boolean list = m.group(2).equals("LIST");
            System.out.println(m.group(1) + " " + m.group(2) + " -> " + items.map(i -> i.size() + " items").orElse("not a list"));
            items.ifPresent(i -> i.forEach(item -> System.out.println("   " + show(item, text))));
            if (list != items.isPresent() || items.isPresent() && items.get().isEmpty()) {
                wrong.add(m.group(1) + (list ? " is a list" : " is no list"));
            }
        }
        assertThat(files).isGreaterThan(0);
        assertThat(wrong).isEmpty();
    }

    private static String show(ListItem item, String text) {
        return String.join(" | ", Stream.of(item.number(), item.title(), item.date(), item.status(), item.dueDate(), item.text())
                .map(s -> s == null ? "-" : String.valueOf(s.value()).replace("\n", " "))
                .map(s -> s.length() > 60 ? s.substring(0, 60) + "…" : s).toList()) + " | " + item.kind();
    }
}
