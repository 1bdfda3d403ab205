package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.SeedDataOnly;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the demo data, every page counts the same: Den Haag answered its three motions in time (they wait for the
 * council) and is late with one commitment (2021-1), on the body's page, its dashboard, the national one and the
 * front page, in the words of the kind of body.
 */
@MotiemonitorTest
@SeedDataOnly
class TimelinessPagesTest {

    @LocalServerPort
    int port;

    @Test
    void denHaagHasOneLateItemAndThreeAwaitingTheCouncilOnEveryPage() {
        Document body = page("/den-haag");
        assertThat(figures(body)).containsExactly("1 te laat", "3 wachten op besluit van de raad",
                "0 termijn verloopt binnen 30 dagen");
        assertThat(body.select(".mm-badge-overdue")).hasSize(1);
        assertThat(body.select("#toezeggingen-tabel").first().parent().select(".mm-badge-overdue")).hasSize(1);
        assertThat(body.text()).doesNotContain("over de termijn").contains("wacht op besluit van de raad");
        assertThat(body.getElementsContainingOwnText("wacht op besluit van de raad")).hasSize(3);

        Document dashboard = page("/den-haag/overzicht");
        assertThat(figures(dashboard)).contains("1 te laat", "3 wachten op een besluit van de raad");
        assertThat(rows(dashboard, "te-laat-tabel")).singleElement().asString().startsWith("Toezegging 2021-1");
        assertThat(rows(dashboard, "besluit-tabel")).hasSize(3);
        assertThat(cells(dashboard, "status-tabel", "Afdoening voorgesteld")).containsExactly("3", "0", "0");

        Document national = page("/overzicht");
        assertThat(cells(national, "vergelijking-tabel", "Gemeente Den Haag")).startsWith("5", "1", "3", "0");

        Document home = page("/");
        List<String> homeRow = cells(home, "bestuursorganen-tabel", "Gemeente Den Haag");
        assertThat(homeRow.get(2)).as("Afdoening voorgesteld on the front page").isEqualTo("3");
    }

    @Test
    void theMotionPageOfAnItemAnsweredInTimeSaysItWaitsAndNotThatItIsLate() {
        Document motion = page("/den-haag/moties/ris307041");
        motion.select(".mm-legend").remove();

        assertThat(motion.text()).contains("wacht op besluit van de raad").doesNotContain("te laat", "Te laat",
                "over de termijn");
        assertThat(motion.select(".mm-badge-overdue")).isEmpty();
    }

    @Test
    void whoDecidesIsSaidInTheBodysOwnWords() {
        assertThat(page("/tweede-kamer").text()).contains("wacht op besluit van de Kamer")
                .doesNotContain("van de raad");
        assertThat(page("/tweede-kamer/overzicht").text()).contains("Wacht op een besluit van de Kamer");
    }

    /** The page as read, without the column names a narrow screen shows in each cell. */
    private Document page(String path) {
        var response = new PortalClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        page.select(".mm-cell-label").remove();
        return page;
    }

    private static List<String> figures(Document page) {
        return page.select(".mm-figure").eachText();
    }

    private static List<String> rows(Document page, String captionId) {
        return table(page, captionId).select("tbody tr").eachText();
    }

    /** The cells after the row header {@code rowHeader} in the table captioned {@code captionId}. */
    private static List<String> cells(Document page, String captionId, String rowHeader) {
        return table(page, captionId).select("tbody tr").stream()
                .filter(row -> row.selectFirst("th") != null && row.selectFirst("th").text().startsWith(rowHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + rowHeader + " in " + captionId))
                .select("td").eachText();
    }

    private static Element table(Document page, String captionId) {
        Element caption = page.getElementById(captionId);
        assertThat(caption).as(captionId).isNotNull();
        return caption.closest("table");
    }
}
