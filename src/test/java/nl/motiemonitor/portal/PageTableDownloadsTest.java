package nl.motiemonitor.portal;

import static nl.motiemonitor.testsupport.DownloadedTables.body;
import static nl.motiemonitor.testsupport.DownloadedTables.column;
import static nl.motiemonitor.testsupport.DownloadedTables.csv;
import static nl.motiemonitor.testsupport.DownloadedTables.page;
import static nl.motiemonitor.testsupport.DownloadedTables.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search results, the dashboards' tables and the front page's table of bodies as CSV and Excel (issue 16): each
 * download holds the rows its page shows for the same parameters, in the same order, and no draft.
 */
@MotiemonitorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageTableDownloadsTest {

    private static final LocalDate TODAY = LocalDate.now(DutchDates.NETHERLANDS);
    /** More late motions than a dashboard lists (Dashboards.LIST_SIZE), and three pages of search results. */
    private static final int LATE = 55;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    PortalClient portal;
    String slug;
    String name;

    @BeforeAll
    void aBodyWithLateMotionsAndADraft() {
        portal = new PortalClient(port);
        slug = "tabellen-" + UUID.randomUUID().toString().substring(0, 6);
        Long body = fixtures.body(slug);
        name = page(portal.get("/" + slug).body()).select("h1").text();
        for (int i = 1; i <= LATE; i++) {
            MotionId motion = fixtures.motion(body, "T-" + i).titled("Kwartelkoning in polder " + i)
                    .adoptedOn(LocalDate.of(2025, 1, 1).plusDays(i)).due(TODAY.minusDays(i))
                    .requesting("de kwartelkoning in polder " + i + " te beschermen.").register();
            if (i % 5 == 0) {
                fixtures.assign(motion, body, "Afdeling Natuur", "Wethouder " + (i % 2 == 0 ? "Groen" : "Veld"));
            }
        }
        fixtures.motion(body, "T-GEHEIM").titled("Geheime kwartelkoning").adoptedOn(LocalDate.of(2025, 2, 2))
                .due(TODAY.minusDays(400)).requesting("de geheime kwartelkoning te beschermen.").unpublished()
                .register();
    }

    @Test
    void aSearchDownloadHoldsEveryResultOfEveryPageInThePagesOrder() {
        String query = "?q=kwartelkoning&sorteer=datum";
        List<String> shown = new ArrayList<>();
        shown.addAll(results(page(portal.get("/" + slug + "/zoeken" + query).body())));
        shown.addAll(results(page(portal.get("/" + slug + "/zoeken" + query + "&pagina=2").body())));
        shown.addAll(results(page(portal.get("/" + slug + "/zoeken" + query + "&pagina=3").body())));
        assertThat(shown).hasSize(LATE);

        List<List<String>> csv = csv(portal.getBytes("/" + slug + "/zoeken.csv" + query));
        assertThat(column(csv, "Onderwerp")).isEqualTo(shown);
        assertThat(column(csv, "Soort")).containsOnly("Motie");
        assertThat(column(csv, "Bestuursorgaan")).containsOnly(name);
        assertThat(column(csv, "Datum")).first().isEqualTo(LocalDate.of(2025, 1, 1).plusDays(LATE).toString());
        assertThat(column(csv, "Link")).first().asString().endsWith("/" + slug + "/moties/t-" + LATE);
        assertThat(xlsx(portal.getBytes("/" + slug + "/zoeken.xlsx" + query))).isEqualTo(csv);
        assertThat(String.join(" ", column(csv, "Onderwerp"))).doesNotContainIgnoringCase("geheim");

        List<List<String>> national = csv(portal.getBytes("/zoeken.csv?q=kwartelkoning&orgaan=" + slug
                + "&status=open&sorteer=datum"));
        assertThat(column(national, "Onderwerp")).isEqualTo(shown);
        Document page = page(portal.get("/zoeken?q=kwartelkoning&orgaan=" + slug + "&pagina=2").body());
        assertThat(page.select("a[aria-label=Download deze tabel als CSV]").attr("href"))
                .as("the search with its filters, without its page").isEqualTo("/zoeken.csv?q=kwartelkoning&orgaan="
                        + slug);
    }

    @Test
    void aSearchThePageDoesNotRunGoesBackToThePageWhichSaysWhy() {
        HttpResponse<String> empty = portal.get("/zoeken.csv?q=", "*/*");
        assertThat(empty.statusCode()).isEqualTo(303);
        assertThat(empty.headers().firstValue("Location")).contains("/zoeken?q=");
        HttpResponse<String> unknown = portal.get("/zoeken.xlsx?q=kwartelkoning&orgaan=bestaat-niet", "*/*");
        assertThat(unknown.statusCode()).isEqualTo(303);
        assertThat(page(portal.get("/zoeken?q=kwartelkoning&orgaan=bestaat-niet").body()).text())
                .contains("bestaat-niet");
    }

    @Test
    void aDashboardsTablesHoldTheRowsThePageShows() {
        LocalDate before = LocalDate.now(DutchDates.NETHERLANDS);
        Document page = page(portal.get("/" + slug + "/overzicht").body());

        List<List<String>> late = csv(portal.getBytes("/" + slug + "/overzicht.csv?tabel=te-laat"));
        LocalDate after = LocalDate.now(DutchDates.NETHERLANDS);
        List<String> items = body(late).stream().map(row -> row.get(0) + ": " + row.get(1)).toList();
        assertThat(items).as("every late item, where the page lists the first fifty").hasSize(LATE)
                .startsWith(cells(page, "te-laat-tabel", 0).toArray(String[]::new));
        assertThat(cells(page, "te-laat-tabel", 0)).hasSize(50);
        assertThat(column(late, "Dagen te laat").subList(0, 50)).isEqualTo(cells(page, "te-laat-tabel", 2));
        LocalDate firstDue = TODAY.minusDays(LATE);
        assertThat(column(late, "Termijn").get(0)).isEqualTo(firstDue.toString());
        assertThat(column(late, "Dagen te laat").get(0)).as("counted on the day of the request, which may be after"
                + " the day the motions were made").isIn(Long.toString(ChronoUnit.DAYS.between(firstDue, before)),
                        Long.toString(ChronoUnit.DAYS.between(firstDue, after)));
        assertThat(String.join(" ", column(late, "Onderwerp"))).doesNotContainIgnoringCase("geheim");

        List<List<String>> statuses = csv(portal.getBytes("/" + slug + "/overzicht.csv?tabel=status"));
        for (Element row : page.select("table:has(#status-tabel) tbody tr")) {
            assertThat(body(statuses)).contains(row.select("th, td").eachText());
        }
        assertThat(body(csv(portal.getBytes("/" + slug + "/overzicht.csv?tabel=portefeuillehouders"))))
                .containsExactly(List.of("Wethouder Veld", "6", "6", "0"), List.of("Wethouder Groen", "5", "5", "0"))
                .isEqualTo(page.select("table:has(#portefeuillehouder-tabel) tbody tr").stream()
                        .map(row -> row.select("th, td").eachText()).toList());
        assertThat(body(csv(portal.getBytes("/" + slug + "/overzicht.csv?tabel=kerncijfers"))).get(0))
                .containsExactly("te laat", Integer.toString(LATE));
        assertThat(xlsx(portal.getBytes("/" + slug + "/overzicht.xlsx?tabel=kwartalen")))
                .isEqualTo(csv(portal.getBytes("/" + slug + "/overzicht.csv?tabel=kwartalen")));

        assertThat(page.select("a[aria-label=Download deze tabel als CSV]").eachAttr("href")).contains(
                "/" + slug + "/overzicht.csv?tabel=te-laat", "/" + slug + "/overzicht.csv?tabel=status",
                "/" + slug + "/overzicht.csv?tabel=kerncijfers");
        assertThat(portal.get("/" + slug + "/overzicht.csv?tabel=onbekend", "*/*").statusCode()).isEqualTo(404);
        assertThat(portal.get("/" + slug + "/overzicht.csv", "*/*").statusCode()).isEqualTo(404);
        assertThat(portal.get("/" + slug + "/overzicht.csv?tabel=vergelijking", "*/*").statusCode())
                .as("only the national dashboard compares bodies").isEqualTo(404);
    }

    @Test
    void theNationalComparisonDownloadsInThePagesOrder() {
        Document page = page(portal.get("/overzicht?sorteer=te-laat").body());
        List<List<String>> csv = csv(portal.getBytes("/overzicht.csv?tabel=vergelijking&sorteer=te-laat"));
        assertThat(column(csv, "Bestuursorgaan")).isEqualTo(cells(page, "vergelijking-tabel", 0)).contains(name);
        assertThat(column(csv, "Te laat")).isEqualTo(cells(page, "vergelijking-tabel", 2));
        assertThat(page.select("a[aria-label=Download deze tabel als CSV]").eachAttr("href"))
                .contains("/overzicht.csv?tabel=vergelijking&sorteer=te-laat");
        List<String> nationalLate = column(csv(portal.getBytes("/overzicht.csv?tabel=te-laat")), "Onderdeel");
        assertThat(nationalLate).as("every late item of the country, not the first fifty").hasSizeGreaterThan(LATE)
                .contains("Motie T-1");
    }

    @Test
    void theFrontPagesTableOfBodiesDownloadsWithItsCounts() {
        Document home = page(portal.get("/").body());
        List<List<String>> csv = csv(portal.getBytes("/bestuursorganen.csv"));
        List<List<String>> shown = home.select("table:has(#bestuursorganen-tabel) tbody tr").stream()
                .map(row -> row.select("th a, td").eachText()).toList();
        assertThat(body(csv).stream().map(row -> {
            List<String> cells = new ArrayList<>(row.subList(2, row.size() - 1));
            cells.add(0, row.get(0));
            return cells;
        }).toList()).isEqualTo(shown);
        assertThat(xlsx(portal.getBytes("/bestuursorganen.xlsx"))).isEqualTo(csv);
    }

    /** The text of one column of a table on the page, by the id of its caption. */
    private static List<String> cells(Document page, String caption, int column) {
        return page.select("table:has(#" + caption + ") tbody tr").stream()
                .map(row -> row.select("th, td").get(column).text()).toList();
    }

    private static List<String> results(Document page) {
        return page.select(".mm-result__title a").eachText();
    }
}
