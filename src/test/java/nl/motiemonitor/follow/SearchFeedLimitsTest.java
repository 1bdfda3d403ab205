package nl.motiemonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import nl.motiemonitor.search.ImpatientSearch;
import nl.motiemonitor.search.SearchService;
import nl.motiemonitor.search.SearchTooExpensiveException;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A followed search (its Atom feed, its e-mail) costs no more than the search page: the same candidates (the newest
 * {@link SearchService#MAX_RESULTS} matches) and the same time limit, past which the feed says so with a 503.
 */
@MotiemonitorTest
class SearchFeedLimitsTest {

    static final int LETTERS = SearchService.MAX_RESULTS + 50;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Targets targets;

    Long body;

    @BeforeEach
    void manyMatchesAndAnOldOneLast() {
        body = fixtures.body("feedlimiet");
        // bulk volume, more than the search may return: one statement instead of hundreds of registrations
        jdbc.update("""
                insert into letters (body_id, sent_on, subject, full_text, published)
                select ?, date '2020-01-01' + i, 'Gierzwaluwkasten ' || i, 'Over gierzwaluwkasten.', true
                from generate_series(1, ?) i""", body, LETTERS);
        // published last, so its event is the newest; but older than every other match, so no candidate
        fixtures.letter(body).sentOn(LocalDate.of(2010, 5, 1)).about("Oude gierzwaluwkasten")
                .saying("Over gierzwaluwkasten.").register();
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(body);
    }

    @Test
    void aSearchFeedReadsTheEventsOfTheNewestMatchesAsThePageFindsThemNotOfEveryMatch() throws Exception {
        HttpResponse<String> response = new PortalClient(port).get("/zoeken/feed?q=gierzwaluwkasten", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> titles = parse(response.body()).getEntries().stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).hasSize(Events.FEED_SIZE).doesNotContain("Brief ‘Oude gierzwaluwkasten’ gepubliceerd");
        assertThat(titles.get(0)).isEqualTo("Brief ‘Gierzwaluwkasten " + LETTERS + "’ gepubliceerd");
        assertThat(parse(new PortalClient(port).get("/zoeken/feed?q=oude+gierzwaluwkasten", "*/*").body())
                .getEntries()).extracting(SyndEntry::getTitle).as("a narrower search finds it")
                .startsWith("Brief ‘Oude gierzwaluwkasten’ gepubliceerd");
    }

    @Test
    void aSearchFeedOverTheSearchPagesTimeLimitIsStoppedAndAnswers503() {
        Events impatient = new Events(JdbcClient.create(dataSource),
                ImpatientSearch.create(dataSource, transactionManager, Duration.ofMillis(1)));
        FollowTarget search = targets.search(null, "q=gierzwaluwkasten").orElseThrow();

        assertThatThrownBy(() -> impatient.latest(search)).isInstanceOf(SearchTooExpensiveException.class);
        assertThatThrownBy(() -> impatient.after(search, 0, 200)).as("the e-mail of a followed search")
                .isInstanceOf(SearchTooExpensiveException.class);

        ResponseEntity<String> answer = new FeedErrors(messages).tooExpensive(new MockHttpServletRequest());
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("300");
        assertThat(answer.getBody()).startsWith("Deze zoekvraag kost te veel rekentijd");
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.setParameter("lang", "en");
        assertThat(new FeedErrors(messages).tooExpensive(english).getBody())
                .startsWith("This search takes too much computing time for a feed.");
        assertThat(new PortalClient(port).get("/zoeken/feed?q=gierzwaluwkasten+wijk", "*/*").statusCode())
                .as("the next search runs normally").isEqualTo(200);
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
