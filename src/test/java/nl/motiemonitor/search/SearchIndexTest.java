package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

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

    PortalClient portal;
    Long body;

    @BeforeEach
    void createBody() {
        portal = new PortalClient(port);
        body = jdbc.queryForObject("""
                insert into bodies (slug, name, kind) values ('zoekproef', 'Gemeente Zoekproef', 'MUNICIPALITY')
                returning id""", Long.class);
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
        Long motion = motion("ZP-1", "Conceptmotie over zeldzaamheidsproef", false);
        clause(motion, 0, "verzoekt het college de wachtlijstproblematiek op te lossen");

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

        Long letter = jdbc.queryForObject("insert into letters (body_id, subject, full_text, published)"
                + " values (?, 'Conceptbrief', 'Over de fietsenstalling', false) returning id", Long.class, body);
        jdbc.update("insert into commitments (body_id, number, text, status, published)"
                + " values (?, '2026-1', 'Wij komen terug op de fietsenstalling', 'OPEN', false)", body);
        assertThat(found("fietsenstalling")).isEmpty();
        jdbc.update("update letters set published = true where id = ?", letter);
        assertThat(found("fietsenstalling")).containsExactly("/zoekproef/brieven/" + letter);
    }

    @Test
    void documentTextNeverBecomesMarkupInASnippet() {
        jdbc.update("insert into letters (body_id, subject, full_text, published) values (?, ?, ?, true)", body,
                "Brief <b>vet</b>", "Tekst <script>alert('gehackt')</script> over de xssproefwoord en"
                        + " <img src=x onerror=alert(1)> \u0002nepmarkering\u0003 einde.");

        String html = page("/zoeken?q=xssproefwoord");

        // ts_headline leaves out what its parser takes for tags; everything else of the text is escaped
        assertThat(html).contains("alert(&#39;gehackt&#39;)", "<mark>xssproefwoord</mark>",
                "&lt;img src=x onerror=alert(1)&gt;", ">Brief &lt;b&gt;vet&lt;/b&gt;</a>")
                .doesNotContain("<script>alert", "<img src=x", "<b>vet</b>", "<mark>nepmarkering");
    }

    @Test
    void manyResultsArePagedWithStableLinks() {
        for (int i = 1; i <= 25; i++) {
            jdbc.update("insert into commitments (body_id, number, text, made_on, status, published)"
                    + " values (?, ?, 'De bladzijdeproef wordt uitgevoerd, deel ' || ?, make_date(2020, 1, ?), 'OPEN',"
                    + " true)", body, "2020-" + i, i, i);
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

    private Long motion(String number, String title, boolean published) {
        return jdbc.queryForObject("insert into motions (body_id, registration_number, title, vote_outcome, status,"
                + " published) values (?, ?, ?, 'ADOPTED', 'OPEN', ?) returning id", Long.class, body, number, title,
                published);
    }

    private void clause(Long motion, int position, String text) {
        jdbc.update("insert into clauses (motion_id, position, kind, text) values (?, ?, 'REQUEST', ?)", motion,
                position, text);
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
