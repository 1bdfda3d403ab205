package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index follows writes: drafts are never found, publishing and editing clauses show at once, document text is
 * never markup in a snippet, and long result lists page with stable links. These tests commit (the pages are read
 * over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class SearchIndexTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    Fixtures fixtures;

    PortalClient portal;
    Long body;

    @BeforeEach
    void createBody() {
        portal = new PortalClient(port);
        body = fixtures.body("zoekproef");
    }

    @AfterEach
    void removeWhatWasWritten() {
        jdbc.update("delete from clauses where motion_id in (select id from motions where body_id = ?)", body);
        jdbc.update("delete from motions where body_id = ?", body);
        jdbc.update("delete from commitments where body_id = ?", body);
        jdbc.update("delete from letters where body_id = ?", body);
        assertThat(jdbc.queryForObject("select count(*) from search_documents where body_id = ?", Long.class, body))
                .isZero();
        jdbc.update("delete from bodies where id = ?", body);
    }

    @Test
    void draftsAreNeverFoundAndPublishingOrEditingShowsAtOnce() {
        // the index follows the tables' triggers: the changes below are made in the tables themselves
        long motion = fixtures.motion(body, "ZP-1").titled("Conceptmotie over zeldzaamheidsproef").unpublished()
                .requesting("verzoekt het college de wachtlijstproblematiek op te lossen").register().value();

        assertThat(found("zeldzaamheidsproef")).isEmpty();
        assertThat(found("wachtlijstproblematiek")).isEmpty();
        assertThat(page("/zoeken?q=wachtlijstproblematiek")).contains("0 resultaten")
                .doesNotContain("zoekproef/moties");
        assertThat(page("/zoekproef/zoeken?q=zeldzaamheidsproef")).contains("0 resultaten");

        jdbc.update("update motions set published = true where id = ?", motion);
        assertThat(found("wachtlijstproblematiek")).containsExactly("/zoekproef/moties/zp-1");
        assertThat(page("/zoeken?q=wachtlijstproblematieken")).contains("href=\"/zoekproef/moties/zp-1\"",
                "Conceptmotie over zeldzaamheidsproef", "<mark>wachtlijstproblematiek</mark>");

        jdbc.update("update clauses set text = 'verzoekt het college de fietsenstallingen uit te breiden'"
                + " where motion_id = ?", motion);
        assertThat(found("wachtlijstproblematiek")).isEmpty();
        assertThat(found("fietsenstalling")).containsExactly("/zoekproef/moties/zp-1");

        jdbc.update("update motions set published = false where id = ?", motion);
        assertThat(found("fietsenstalling")).isEmpty();

        Long letter = fixtures.letter(body).about("Conceptbrief").saying("Over de fietsenstalling").unpublished()
                .register();
        fixtures.commitment(body, "Wij komen terug op de fietsenstalling").unpublished().register();
        assertThat(found("fietsenstalling")).isEmpty();
        jdbc.update("update letters set published = true where id = ?", letter);
        assertThat(found("fietsenstalling")).containsExactly("/zoekproef/brieven/" + letter);
    }

    @Test
    void documentTextNeverBecomesMarkupInASnippet() {
        fixtures.letter(body).about("Brief <b>vet</b>").saying("Tekst <script>alert('gehackt')</script> over de"
                + " xssproefwoord en <img src=x onerror=alert(1)> \u0002nepmarkering\u0003 einde.").register();

        String html = page("/zoeken?q=xssproefwoord");

        // ts_headline leaves out what its parser takes for tags; everything else of the text is escaped
        assertThat(html).contains("alert(&#39;gehackt&#39;)", "<mark>xssproefwoord</mark>",
                "&lt;img src=x onerror=alert(1)&gt;", ">Brief &lt;b&gt;vet&lt;/b&gt;</a>")
                .doesNotContain("<script>alert", "<img src=x", "<b>vet</b>", "<mark>nepmarkering");
    }

    @Test
    void manyResultsArePagedWithStableLinks() {
        for (int i = 1; i <= 25; i++) {
            fixtures.commitment(body, "De bladzijdeproef wordt uitgevoerd, deel " + i)
                    .madeOn(LocalDate.of(2020, 1, i)).register();                // number 2020-i
        }

        String first = page("/zoekproef/zoeken?q=bladzijdeproef&sorteer=datum");
        assertThat(first).contains("25 resultaten", "href=\"/zoekproef/zoeken?q=bladzijdeproef&amp;sorteer=datum&amp;pagina=2\"",
                "href=\"/zoekproef/toezeggingen/2020-25\"", "Toezeggingen (25)", "2020 (25)")
                .doesNotContain("href=\"/zoekproef/toezeggingen/2020-5\"");
        String second = page("/zoekproef/zoeken?q=bladzijdeproef&sorteer=datum&pagina=2");
        assertThat(second).contains("href=\"/zoekproef/toezeggingen/2020-5\"", "href=\"/zoekproef/toezeggingen/2020-1\"",
                "rel=\"prev\"", "href=\"/zoekproef/zoeken?q=bladzijdeproef&amp;sorteer=datum\"", "start=\"21\"")
                .doesNotContain("href=\"/zoekproef/toezeggingen/2020-6\"", "rel=\"next\"");
        assertThat(page("/zoekproef/zoeken?q=bladzijdeproef&sorteer=datum&pagina=3")).contains("Deze pagina bestaat");
        assertThat(search.search(new SearchQuery("bladzijdeproef", body, ItemType.COMMITMENT, null, 2020, false, 2))
                .hits()).hasSize(5);
    }

    private List<String> found(String q) {
        return search.search(new SearchQuery(q, null, null, null, null, false, 1)).hits().stream()
                .map(SearchHit::path).toList();
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
