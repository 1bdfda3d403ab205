package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No template holds words of its own: every text a visitor can read or hear (text, title, alt, aria-label,
 * placeholder, the value of an input button, the page description) comes from messages.properties through {@code #{…}}.
 * Text inside an element whose content Thymeleaf replaces (th:text, th:utext, or th:replace and th:insert with
 * another template's fragment) is only the prototype's and never shown, so it may stay; so may the brand name. A page
 * that hands parts of itself to the layout ({@code ~{::main}}) is read whole.
 */
class TemplatesHoldNoTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext");
    private static final Set<String> INCLUDING = Set.of("th:replace", "th:insert");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder");
    private static final Set<String> NAMES = Set.of("Motiemonitor");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Stream<Path> templates() throws IOException {
        return Files.walk(TEMPLATES).filter(path -> path.toString().endsWith(".html")).sorted();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void holdsNoLiteralText(Path template) throws IOException {
        Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
        List<String> literal = new ArrayList<>();
        collect(document, literal);
        assertThat(literal).as("literal text in %s", TEMPLATES.relativize(template)).isEmpty();
    }

    private static void collect(Node node, List<String> literal) {
        if (node instanceof Element element) {
            if ("all".equals(element.attr("th:remove"))) {
                return;
            }
            element.attributes().forEach(attribute -> {
                if (shown(element, attribute.getKey()) && words(attribute.getValue())) {
                    literal.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                }
            });
            if (REPLACING.stream().anyMatch(element::hasAttr) || INCLUDING.stream()
                    .anyMatch(name -> element.hasAttr(name) && !element.attr(name).contains("~{::"))) {
                return;
            }
        } else if (node instanceof TextNode text && words(text.getWholeText())) {
            literal.add(text.getWholeText().strip());
        }
        node.childNodes().forEach(child -> collect(child, literal));
    }

    private static boolean shown(Element element, String attribute) {
        return VISIBLE_ATTRIBUTES.contains(attribute)
                || "value".equals(attribute) && element.tagName().equals("input")
                        && Set.of("submit", "button").contains(element.attr("type"))
                || "content".equals(attribute) && element.tagName().equals("meta")
                        && "description".equals(element.attr("name"));
    }

    private static boolean words(String text) {
        String rest = text;
        for (String name : NAMES) {
            rest = rest.replace(name, "");
        }
        return LETTER.matcher(rest).find();
    }

}
