package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A word in more documents than {@link SearchService#MAX_RESULTS}: only the newest that many are ranked, counted and
 * faceted, and the page says so (docs/adr/0007-fast-pages.md). Below the cap, every match counts; an item found by
 * its number is a candidate whatever its date, through the index of numbers.
 */
@MotiemonitorTest
class SearchCandidatesTest {

    static final int LETTERS = SearchService.MAX_RESULTS + 50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SearchService search;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    Long body;

    @BeforeEach
    void createManyLetters() {
        body = fixtures.body("kandidatenproef");
        // bulk volume, to test the search's limits: one statement instead of hundreds of registrations
        // letter i is sent i days after 1 January 2020; every tenth also names the word in its subject
        jdbc.update("""
                insert into letters (body_id, sent_on, subject, full_text, published)
                select ?, date '2020-01-01' + i,
                       case when i % 10 = 0 then 'Zwaluwtillen in de wijk ' || i else 'Brief ' || i end,
                       'Over de zwaluwtillen bij de school.', true
                from generate_series(1, ?) i""", body, LETTERS);
        fixtures.letter(body).sentOn(LocalDate.of(2030, 1, 1)).about("Concept over zwaluwtillen")
                .saying("Zwaluwtillen zwaluwtillen.").unpublished().register();
        // older than all of them: never among the newest matches of the word, but found by its number
        fixtures.letter(body).sentOn(LocalDate.of(2019, 6, 1)).about("Nestkasten").registrationNumber("ZW-2019-1")
                .saying("Over de zwaluwtillen.").register();
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from letters where body_id = ?", body);
        jdbc.update("delete from bodies where id = ?", body);
    }

    @Test
    void aWordInMoreDocumentsThanTheCapRanksTheNewestOnly() {
        SearchResult result = search.search(
                new SearchQuery("zwaluwtillen", null, null, null, null, false, 1, null, null));

        assertThat(result.capped()).isTrue();
        assertThat(result.total()).isEqualTo(SearchService.MAX_RESULTS);
        assertThat(result.types()).singleElement().extracting(FacetValue::count)
                .isEqualTo((long) SearchService.MAX_RESULTS);
        // the subject (weight A) ranks first; among the newest 1,000 (letters 51 to 1,050) those are 60 .. 1,050
        assertThat(result.hits()).hasSize(SearchService.PAGE_SIZE).allSatisfy(hit ->
                assertThat(hit.title()).startsWith("Zwaluwtillen in de wijk"));
        assertThat(result.hits().get(0).date()).isEqualTo(LocalDate.of(2020, 1, 1).plusDays(LETTERS));

        SearchResult last = search.search(
                new SearchQuery("zwaluwtillen", null, null, null, null, true, SearchService.MAX_PAGE, null, null));
        List<LocalDate> dates = last.hits().stream().map(SearchHit::date).toList();
        assertThat(dates).as("newest first, the last page ends at the oldest candidate").hasSize(20)
                .endsWith(LocalDate.of(2020, 1, 1).plusDays(LETTERS - SearchService.MAX_RESULTS + 1));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void anItemFoundByItsNumberIsACandidateBeyondTheCapAndRanksFirst() {
        SearchResult result = search.search(
                new SearchQuery("zwaluwtillen OF zw 2019 1", null, null, null, null, false, 1, null, null));

        assertThat(result.capped()).isTrue();
        assertThat(result.total()).isEqualTo(SearchService.MAX_RESULTS);
        // "2019 1" is also the number of a commitment (Tweede Kamer 2019-1): the longer number matched counts more
        assertThat(result.hits().get(0).title()).isEqualTo("Nestkasten");
        assertThat(result.hits().get(1).title()).isEqualTo("Toezegging 2019-1");
    }

    @Test
    void theNumberIsFoundThroughItsIndex() {
        jdbc.execute("analyze search_documents");
        Map<String, Object> params = new LinkedHashMap<>();
        String filters = SearchService.filters(new SearchQuery("ZW-2019-1", null, null, null, null, false, 1),
                "ZW-2019-1", params);

        String plan = String.join("\n", JdbcClient.create(jdbc).sql("explain " + SearchService.found(filters, true)
                        + " select * from found").params(params).param("candidates", SearchService.MAX_RESULTS)
                .query(String.class).list());

        assertThat(plan).contains("Bitmap Index Scan on search_documents_numbers");
    }

    @Test
    void belowTheCapEveryMatchCounts() {
        SearchResult result = search.search(
                new SearchQuery("zwaluwtillen wijk", null, null, null, null, false, 1, null, null));

        assertThat(result.capped()).isFalse();
        assertThat(result.total()).isEqualTo(LETTERS / 10);
    }

    @Test
    void aSearchOverItsTimeLimitGetsADutchAnswerAndNothingIsLeftOpen() {
        SearchService impatient = new SearchService(JdbcClient.create(dataSource), transactionManager,
                Duration.ofMillis(1));

        SearchResult result = impatient.search(
                new SearchQuery("zwaluwtillen", null, null, null, null, false, 1, null, null));

        assertThat(result.searched()).isFalse();
        assertThat(result.message()).isEqualTo("search.refused.expensive");
        assertThat(search.search(new SearchQuery("zwaluwtillen wijk", null, null, null, null, false, 1, null, null))
                .total()).as("the next search runs normally").isEqualTo(LETTERS / 10);
    }

    @Test
    void thePageSaysTheCountsCoverTheNewest() {
        String html = new PortalClient(port).get("/zoeken?q=zwaluwtillen").body();

        assertThat(html).contains("1.000 of meer resultaten voor ‘zwaluwtillen’; de 1.000 nieuwste zijn doorzocht",
                "De aantallen gelden voor de", "nieuwste resultaten.").doesNotContain("Concept over zwaluwtillen");
    }
}
