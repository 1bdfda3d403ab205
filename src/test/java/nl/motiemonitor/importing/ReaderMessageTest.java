package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.motiemonitor.importing.DocumentReadException.Reason;
import org.junit.jupiter.api.Test;

/**
 * What the reader tells the clerk is a message of messages.properties (issue 13.7): every code it uses has a Dutch
 * and an English text, the Dutch one is what the reader said before, and the child JVM that reads PDFs passes the
 * code and its arguments on unchanged.
 */
class ReaderMessageTest {

    private static final Pattern CODE = Pattern.compile("\"(reader\\.[A-Za-z.]*)\"");
    private static final String FIELD = "reader.field.";

    @Test
    void everyCodeTheReaderUsesHasADutchAndAnEnglishText() throws IOException {
        Set<String> used = usedCodes();
        assertThat(used).contains("reader.file.empty", "reader.tooSlow", "reader.warning.noDate", FIELD + "SUBJECT")
                .hasSizeGreaterThan(40);
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> keys = readerKeys(file);
            assertThat(keys).as(file).containsAll(used);
            assertThat(used).as("every reader.* key of %s is used", file).containsAll(keys);
            Properties texts = load(file);
            assertThat(keys).as("%s: a text with arguments writes an apostrophe twice", file)
                    .filteredOn(key -> texts.getProperty(key).contains("{"))
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).doesNotContainPattern("(?<!')'(?!')"));
        }
    }

    @Test
    void theDutchTextsAreWhatTheReaderSaidBefore() {
        assertThat(PdfText.tooSlow(deadline(1500)).getMessage())
                .isEqualTo("Het lezen van de PDF duurde langer dan 1,5 seconde en is afgebroken; plak de tekst.");
        assertThat(PdfText.tooSlow(deadline(1000)).getMessage()).contains("langer dan 1 seconde en");
        assertThat(PdfText.tooSlow(deadline(20_000)).getMessage()).contains("langer dan 20 seconden en");
        assertThatThrownBy(() -> new DocumentExtractor(new DocumentExtractor.Limits(20L * 1024 * 1024, 500,
                Duration.ofSeconds(5))).checkSize(21L * 1024 * 1024 + 60_000))
                .hasMessage("Het bestand is te groot (21,1 MB); de grens is 20,0 MB.");
        assertThat(ReaderMessage.of("reader.warning.dischargeAndPromises", 1).dutch())
                .isEqualTo("De brief meldt afdoening én belooft nog iets (1 toezegging); controleer of de afdoening "
                        + "terecht is.");
        assertThat(ReaderMessage.of("reader.warning.dischargeAndPromises", 3).dutch()).contains("(3 toezeggingen)");
        assertThat(ReaderMessage.of("reader.warning.twoValues", ReaderMessage.of(FIELD + "SUBJECT"), "A", "B")
                .dutch()).isEqualTo("Twee waarden voor het onderwerp: 'A' en 'B'; de eerste is gebruikt.");
        assertThat(ReaderMessage.of("reader.warning.cut", DocumentReader.MAX_CHARS).dutch())
                .isEqualTo("De tekst is langer dan 3000000 tekens; alleen het begin is gelezen.");
    }

    @Test
    void theChildJvmPassesTheCodeAndItsArgumentsOn() {
        DocumentReadException sent = new DocumentReadException(Reason.TOO_MANY_PAGES,
                ReaderMessage.of("reader.pdf.tooManyPages", 600, 500));
        assertThatThrownBy(() -> PdfTextProcess.answer(PdfTextProcess.failure(sent)))
                .isInstanceOfSatisfying(DocumentReadException.class, received -> {
                    assertThat(received.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
                    assertThat(received.message().code()).isEqualTo("reader.pdf.tooManyPages");
                    assertThat(received.getMessage()).isEqualTo("De PDF heeft 600 pagina's; de grens is 500.");
                });
        DocumentReadException slow = PdfText.tooSlow(deadline(1500));
        assertThatThrownBy(() -> PdfTextProcess.answer(PdfTextProcess.failure(slow)))
                .hasMessage(slow.getMessage());
        DocumentReadException withText = new DocumentReadException(Reason.UNREADABLE,
                ReaderMessage.of("reader.file.unreadable", "twee\nregels"));
        assertThatThrownBy(() -> PdfTextProcess.answer(PdfTextProcess.failure(withText)))
                .hasMessage("Het bestand kan niet worden gelezen: twee regels");
        DocumentReadException plain = PdfText.corrupt(null);
        assertThatThrownBy(() -> PdfTextProcess.answer(PdfTextProcess.failure(plain)))
                .hasMessage("De PDF is beschadigd en kan niet worden gelezen.");
    }

    private static ReadingDeadline deadline(long millis) {
        return ReadingDeadline.after(Duration.ofMillis(millis));
    }

    /** The reader.* codes written in the module's sources, and reader.field.* for each field of the reader. */
    private static Set<String> usedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/nl/motiemonitor/importing"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        assertThat(codes.remove(FIELD)).as("the reader names its fields by " + FIELD + "<FIELD>").isTrue();
        Arrays.stream(fieldEnum().getEnumConstants()).map(field -> FIELD + ((Enum<?>) field).name())
                .forEach(codes::add);
        return codes;
    }

    private static Class<?> fieldEnum() {
        return HeaderField.class;
    }

    private static Set<String> readerKeys(String file) throws IOException {
        Set<String> keys = new TreeSet<>();
        load(file).stringPropertyNames().stream().filter(key -> key.startsWith("reader.")).forEach(keys::add);
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReaderMessageTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
