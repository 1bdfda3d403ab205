package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core in the page the browser shows: no violation of WCAG 2.0 and 2.1, levels A and AA. */
final class Axe {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    static void assertAccessible(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser);
        assertThat(results.getViolations()).as("WCAG 2.1 A/AA violations on %s (%s): %s", page,
                browser.getCurrentUrl(), describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    ").append(node.getHtml())
                    .append("\n      ").append(node.getFailureSummary() == null ? ""
                            : node.getFailureSummary().replace("\n", " ")));
        }
        return text.toString();
    }
}
