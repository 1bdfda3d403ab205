package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An item is found by its number, however the reader writes it, and ranked first: before newer items whose text
 * names that number, and a motion or commitment before a letter that carries the same number. Drafts and the filters
 * still apply (the candidate cap and the index: {@link SearchCandidatesTest}). These tests commit (the page is read
 * over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class SearchNumbersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    Fixtures fixtures;

    Long municipality;
    Long parliament;

    @BeforeEach
    void createItems() {
        municipality = fixtures.body("nummerproef");
        parliament = fixtures.body("kamerproef", "Kamerproef", BodyKind.PARLIAMENT);
        motion(municipality, "166/2018", "Bomenkap aan de singel", "2018-05-03", true);
        motion(municipality, "M-168", "Speeltuin in de wijk", "2019-09-12", true);
        motion(municipality, "M-169", "Conceptmotie over de haven", "2019-09-12", false);
        motion(parliament, "33959-5", "Motie over de Wet langdurige zorg", "2014-11-20", true);
        // newer items whose text names those numbers: found by their words, ranked after the item itself
        fixtures.motion(municipality, "M-200").titled("Uitvoering van eerdere moties")
                .adoptedOn(LocalDate.of(2024, 1, 10)).clause(ClauseKind.NOTING,
                        "constaterende dat motie 166/2018 en motie M-168 nog niet zijn uitgevoerd").register();
        // the first commitment of 2017 gets number 2017-1
        fixtures.commitment(municipality, "Het college komt terug op de speeltuin.").madeOn(LocalDate.of(2017, 2, 1))
                .register();
        fixtures.letter(municipality).sentOn(LocalDate.of(2025, 3, 1)).about("Afdoening motie speeltuin")
                .reference("BSD/2025/118").registrationNumber("M-168").saying("Over motie M-168.").register();
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(municipality);
        fixtures.remove(parliament);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RIS307041                      | /den-haag/moties/ris307041
            ris307041                      | /den-haag/moties/ris307041
            RIS 307041                     | /den-haag/moties/ris307041
            motie RIS307041 sekswerkers    | /den-haag/moties/ris307041
            2014-11                        | /groningen/moties/2014-11
            166/2018                       | /nummerproef/moties/166-2018
            166-2018                       | /nummerproef/moties/166-2018
            166 / 2018                     | /nummerproef/moties/166-2018
            M-168                          | /nummerproef/moties/m-168
            m 168                          | /nummerproef/moties/m-168
            M168                           | /nummerproef/moties/m-168
            motie M 168 over de speeltuin  | /nummerproef/moties/m-168
            33959-5                        | /kamerproef/moties/33959-5
            33 959, nr. 5                  | /kamerproef/moties/33959-5
            Kamerstuk 33959 nr. 5          | /kamerproef/moties/33959-5
            2017-1                         | /nummerproef/toezeggingen/2017-1
            BSD/2025/118                   | /nummerproef/brieven/
            """)
    void anItemIsFoundByItsNumberAndRankedFirst(String query, String path) {
        List<String> found = paths(query(query, null, null, null, null, false));

        assertThat(found).as(query).isNotEmpty();
        assertThat(found.get(0)).as(query).startsWith(path);
    }

    @Test
    void theNumberComesFirstAndTheTextsThatNameItFollow() {
        assertThat(paths(query("166/2018", null, null, null, null, false)))
                .containsExactly("/nummerproef/moties/166-2018", "/nummerproef/moties/m-200");
        // a motion before the letter registered under its number, both before the text that names the number
        assertThat(paths(query("M-168", null, null, null, null, false))).hasSize(3)
                .startsWith("/nummerproef/moties/m-168").element(1).asString().startsWith("/nummerproef/brieven/");
        // newest first is newest first
        assertThat(paths(query("166/2018", null, null, null, null, true)))
                .containsExactly("/nummerproef/moties/m-200", "/nummerproef/moties/166-2018");
    }

    @Test
    void draftsAndFiltersStillApply() {
        assertThat(paths(query("M-169", null, null, null, null, false))).isEmpty();
        assertThat(paths(query("M-168", municipality, ItemType.MOTION, ItemStatus.OPEN, 2019, false)))
                .first().isEqualTo("/nummerproef/moties/m-168");
        assertThat(paths(query("M-168", parliament, null, null, null, false))).isEmpty();
        assertThat(paths(query("M-168", null, ItemType.COMMITMENT, null, null, false))).isEmpty();
        assertThat(paths(query("M-168", null, ItemType.MOTION, ItemStatus.DISCHARGED, null, false))).isEmpty();
        assertThat(paths(query("M-168", null, ItemType.MOTION, null, 2020, false))).isEmpty();

        String page = new PortalClient(port).get("/zoeken?q=M+169").body();
        assertThat(page).contains("0 resultaten").doesNotContain("Conceptmotie over de haven");
    }

    @Test
    void theSearchPageShowsTheItemFirst() {
        String page = new PortalClient(port).get("/nummerproef/zoeken?q=166%2F2018").body();

        assertThat(page).contains("2 resultaten voor ‘166/2018’");
        assertThat(page.indexOf("href=\"/nummerproef/moties/166-2018\"")).isPositive()
                .isLessThan(page.indexOf("href=\"/nummerproef/moties/m-200\""));
    }

    private void motion(Long body, String number, String title, String adoptedOn, boolean published) {
        fixtures.motion(body, number).titled(title).adoptedOn(LocalDate.parse(adoptedOn)).published(published)
                .register();
    }

    private SearchResult query(String text, Long body, ItemType type, ItemStatus status, Integer year,
            boolean newestFirst) {
        return search.search(new SearchQuery(text, body, type, status, year, newestFirst, 1));
    }

    private static List<String> paths(SearchResult result) {
        return result.hits().stream().map(SearchHit::path).toList();
    }
}
