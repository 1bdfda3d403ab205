package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.motiemonitor.letter.DuplicateLetterReferenceException;
import nl.motiemonitor.motion.DuplicateRegistrationNumberException;
import org.junit.jupiter.api.Test;

/** Rule violations carry a message code and arguments, and every code the domain uses has its Dutch text. */
class DomainRuleViolationTest {

    private static final Pattern CODE = Pattern.compile("\"(rule\\.[A-Za-z]+\\.[A-Za-z]+)\"");

    @Test
    void carriesItsCodeAndArgumentsWithTheDutchTextAsMessage() {
        DomainRuleViolation violation = new DuplicateLetterReferenceException("OCW/1");

        assertThat(violation.code()).isEqualTo("rule.letter.duplicateReference");
        assertThat(violation.arguments()).containsExactly("OCW/1");
        assertThat(violation).hasMessage("Er is al een brief met kenmerk OCW/1 bij dit bestuursorgaan.");
        assertThat(new DuplicateRegistrationNumberException("M-1")).isInstanceOf(DomainRuleViolation.class);
        assertThat(new IllegalStatusTransitionException("rule.status.notAllowed",
                Phrase.of("item.named.motion.start", "M-1"),
                Phrase.status(ItemStatus.OPEN), Phrase.status(ItemStatus.DISCHARGED)))
                .hasMessage("Motie M-1 kan niet van 'Open' naar 'Afgedaan'.");
    }

    @Test
    void everyCodeInTheSourcesIsAKeyOfTheDomainRulesBlockAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(file));
                while (code.find()) {
                    used.add(code.group(1));
                }
            }
        }
        String messages = Files.readString(Path.of("src/main/resources/messages.properties"));
        int start = messages.indexOf("\n# Domain rules");
        int end = messages.indexOf("\n\n", start + 1);
        String block = messages.substring(start, end < 0 ? messages.length() : end);
        Properties rules = new Properties();
        try (Reader reader = new java.io.StringReader(block)) {
            rules.load(reader);
        }

        assertThat(used).isNotEmpty();
        assertThat(rules.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(messages.indexOf("rule.")).as("no rule outside the block").isGreaterThan(messages.indexOf("# Domain rules"));
    }
}
