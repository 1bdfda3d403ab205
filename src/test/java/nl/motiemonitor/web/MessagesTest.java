package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every word of the portal is in both languages, and every message with arguments is one MessageFormat can read. */
class MessagesTest {

    private final Properties dutch = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void everyKeyIsInBothLanguages() {
        assertThat(english.stringPropertyNames()).as("keys missing in messages_en.properties")
                .containsAll(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).as("keys missing in messages.properties")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void noMessageIsEmptyAndEachIsAValidPattern() {
        for (Properties messages : new Properties[] {dutch, english}) {
            messages.forEach((key, value) -> {
                assertThat(value.toString()).as("message %s", key).isNotBlank();
                assertThatCode(() -> new MessageFormat(value.toString()).format(new Object[] {1, 2, 3}))
                        .as("message %s", key).doesNotThrowAnyException();
            });
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("#\\{([\\w.\\[\\]-]+)(?:\\(|})");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/resources/templates"))) {
            for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                java.util.regex.Matcher used = key.matcher(java.nio.file.Files.readString(file));
                while (used.find()) {
                    if (!dutch.containsKey(used.group(1))) {
                        missing.add(file.getFileName() + ": " + used.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
