package nl.motiemonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Atom feeds: valid (parsed back with ROME), stable ids, an entry for each kind of event, never a draft. */
@MotiemonitorTest
class FeedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    PortalClient portal;
    Long body;
    MotionId motion;

    @BeforeEach
    void createData() {
        portal = new PortalClient(port);
        body = fixtures.body("feedproef");
        fixtures.party(body, "Groen Links Proef", "GLP");
        Long member = fixtures.member(body, "Lid", "Groen Links Proef");
        motion = fixtures.motion(body, "F-1").titled("Zwaluwtillen bij scholen").adoptedOn(LocalDate.of(2026, 1, 10))
                .sponsoredBy(member).requesting("zwaluwtillen te plaatsen bij alle scholen").register();
    }

    @AfterEach
    void removeData() {
        fixtures.remove(body);
    }

    @Test
    void everyKindOfEventBecomesAnEntryOfAValidAtomFeed() throws Exception {
        progressLetterAndExtension();

        HttpResponse<String> response = portal.get("/feedproef/moties/f-1/feed");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        SyndFeed feed = parse(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).startsWith("Zwaluwtillen bij scholen (Gemeente Feedproef)");
        assertThat(feed.getUri()).startsWith("tag:motiemonitor.nl,2026:feed:");
        assertThat(feed.getAuthors()).isNotEmpty();
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).containsExactly(
                "Motie ‘Zwaluwtillen bij scholen’: termijn verlengd tot 1 oktober 2026",
                "Motie ‘Zwaluwtillen bij scholen’: brief ‘Voortgang zwaluwtillen’",
                "Motie ‘Zwaluwtillen bij scholen’: Open → In behandeling",
                "Motie ‘Zwaluwtillen bij scholen’: Open",
                "Motie ‘Zwaluwtillen bij scholen’ gepubliceerd");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getUri()).matches("tag:motiemonitor\\.nl,2026:event:[0-9]+");
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getLink()).endsWith("/feedproef/moties/f-1");
        });
        assertThat(feed.getPublishedDate()).as("the feed's updated is its newest entry's")
                .isEqualTo(entries.get(0).getUpdatedDate());
        assertThat(parse(portal.get("/feedproef/moties/f-1/feed").body()).getEntries())
                .extracting(SyndEntry::getUri).as("stable ids").containsExactlyElementsOf(
                        entries.stream().map(SyndEntry::getUri).toList());

        assertThat(parse(portal.get("/feedproef/feed").body()).getEntries()).extracting(SyndEntry::getTitle)
                .contains("Brief ‘Voortgang zwaluwtillen’ gepubliceerd");
        assertThat(parse(portal.get("/feedproef/fracties/feed?fractie=GLP").body()).getEntries()).hasSize(5);
        assertThat(portal.get("/feedproef/fracties/feed?fractie=Bestaat%2FNiet").statusCode()).isEqualTo(404);
        assertThat(parse(portal.get("/feed").body()).getEntries()).extracting(SyndEntry::getTitle)
                .as("the national feed").contains("Motie ‘Zwaluwtillen bij scholen’: Open → In behandeling");
        assertThat(parse(portal.get("/zoeken/feed?q=zwaluwtillen&orgaan=feedproef").body()).getEntries())
                .extracting(SyndEntry::getTitle).contains("Motie ‘Zwaluwtillen bij scholen’ gepubliceerd",
                        "Brief ‘Voortgang zwaluwtillen’ gepubliceerd");
        assertThat(parse(portal.get("/zoeken/feed?q=zwaluwtillen&orgaan=feedproef&soort=motie&status=in-behandeling"
                + "&jaar=2026&fractie=GLP&soort-orgaan=gemeente").body()).getEntries()).as("the search's filters apply")
                .extracting(SyndEntry::getTitle).contains("Motie ‘Zwaluwtillen bij scholen’ gepubliceerd")
                .doesNotContain("Brief ‘Voortgang zwaluwtillen’ gepubliceerd");
        assertThat(parse(portal.get("/zoeken/feed?q=zwaluwtillen&orgaan=feedproef&status=afgedaan").body())
                .getEntries()).isEmpty();
        assertThat(parse(portal.get("/zoeken/feed?q=zwaluwtillen&orgaan=feedproef&status=bestaat-niet").body())
                .getEntries()).as("a filter naming nothing finds nothing").isEmpty();
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(portal.get("/feedproef/moties/f-1/feed", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aFeedIsEnglishByItsAddressAloneNeverByTheCookie() throws Exception {
        progressLetterAndExtension();

        HttpResponse<String> english = portal.get("/feedproef/moties/f-1/feed?lang=en", "*/*");
        assertThat(english.headers().firstValue("Set-Cookie")).as("a public feed sets no cookie").isEmpty();
        SyndFeed feed = parse(english.body());
        assertThat(feed.getTitle()).isEqualTo("Zwaluwtillen bij scholen (Gemeente Feedproef) — Motiemonitor");
        assertThat(feed.getDescription()).startsWith("What happens to Zwaluwtillen bij scholen");
        assertThat(feed.getLanguage()).isEqualTo("en");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(
                "Motion ‘Zwaluwtillen bij scholen’: term extended to 1 October 2026",
                "Motion ‘Zwaluwtillen bij scholen’: letter ‘Voortgang zwaluwtillen’",
                "Motion ‘Zwaluwtillen bij scholen’: Open → In progress",
                "Motion ‘Zwaluwtillen bij scholen’: Open",
                "Motion ‘Zwaluwtillen bij scholen’ published");
        assertThat(feed.getEntries().get(1).getDescription().getValue()).isEqualTo("The letter reports progress.");
        assertThat(parse(portal.get("/feed?lang=en", "*/*").body()).getTitle())
                .isEqualTo("all governing bodies — Motiemonitor");
        assertThat(parse(portal.get("/feedproef/fracties/feed?fractie=GLP&lang=en", "*/*").body()).getTitle())
                .startsWith("Motions of GLP in Gemeente Feedproef");
        assertThat(parse(portal.get("/zoeken/feed?q=zwaluwtillen&lang=en", "*/*").body()).getTitle())
                .startsWith("Search ‘zwaluwtillen’");

        assertThat(portal.get("/feedproef/moties/f-1?lang=en").body()).as("an English page links the English feed")
                .contains("href=\"/feedproef/moties/f-1/feed?lang=en\"");

        SyndFeed withCookie = parse(portal.get("/feedproef/moties/f-1/feed", Map.of("Accept", "*/*", "Cookie",
                "lang=en")).body());
        assertThat(withCookie.getLanguage()).as("the same address says the same to everyone").isEqualTo("nl");
        assertThat(withCookie.getEntries().get(0).getTitle()).startsWith("Motie ‘Zwaluwtillen bij scholen’");
    }

    @Test
    void anItemWithoutATitleOfItsOwnIsNamedInTheFeedsLanguage() throws Exception {
        fixtures.motion(body, "F-3").adoptedOn(LocalDate.of(2026, 2, 1)).register();
        fixtures.commitment(body, "De wethouder stuurt een notitie.").madeOn(LocalDate.of(2026, 2, 2)).register();

        List<String> dutch = parse(portal.get("/feedproef/feed", "*/*").body()).getEntries().stream()
                .map(SyndEntry::getTitle).toList();
        List<String> english = parse(portal.get("/feedproef/feed?lang=en", "*/*").body()).getEntries().stream()
                .map(SyndEntry::getTitle).toList();

        assertThat(dutch).contains("Motie F-3 gepubliceerd", "Toezegging 2026-1 gepubliceerd");
        assertThat(english).contains("Motion F-3 published", "Commitment 2026-1 published")
                .noneMatch(title -> title.contains("Motie") || title.contains("Toezegging"));
    }

    @Test
    void draftsAndTheirEventsNeverAppear() throws Exception {
        MotionId draft = fixtures.motion(body, "F-2").titled("Geheim concept").unpublished().register();
        fixtures.reportProgress(draft, null);
        fixtures.letter(body).about("Conceptbrief").unpublished().answering(motion, LetterResponse.PROGRESS_ONLY)
                .register();

        assertThat(portal.get("/feedproef/moties/f-2/feed").statusCode()).isEqualTo(404);
        String bodyFeed = portal.get("/feedproef/feed").body();
        assertThat(bodyFeed).doesNotContain("Geheim concept", "Conceptbrief");
        assertThat(portal.get("/feedproef/moties/f-1/feed").body()).doesNotContain("Conceptbrief");

        jdbc.update("update motions set published = false where id = ?", motion.value());
        assertThat(portal.get("/feedproef/moties/f-1/feed").statusCode()).isEqualTo(404);
        assertThat(parse(portal.get("/feedproef/feed").body()).getEntries()).as("unpublished later: gone").isEmpty();
        assertThat(portal.get("/zoeken/feed?q=").statusCode()).isEqualTo(404);
        assertThat(portal.get("/bestaat-niet/feed").statusCode()).isEqualTo(404);
    }

    @Test
    void everyLinkOfAFeedComesFromTheConfiguredAddressWhateverHostTheRequestNames() throws Exception {
        String feed;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /feedproef/feed HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Accept: application/atom+xml\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            feed = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(feed).startsWith("HTTP/1.1 200").contains("https://motiemonitor.test/feedproef")
                .doesNotContain("evil.example");
    }

    @Test
    void everyListAndItemPageLinksItsFeed() {
        assertThat(portal.get("/feedproef").body()).containsPattern("<link rel=\"alternate\""
                + " type=\"application/atom\\+xml\" title=\"Gemeente Feedproef\"\\s+href=\"/feedproef/feed\">");
        assertThat(portal.get("/feedproef/moties/f-1").body()).contains("href=\"/feedproef/moties/f-1/feed\"",
                "Atom-feed van motie F-1", "Volgen per e-mail kan na");
        assertThat(portal.get("/").body()).contains("href=\"/feed\"", "Atom-feed van alle bestuursorganen")
                .doesNotContain("Volgen per e-mail kan na");
        assertThat(portal.get("/zoeken?q=zwaluwtillen&sorteer=datum&pagina=1").body())
                .contains("href=\"/zoeken/feed?q=zwaluwtillen\"");
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    /** A progress report, a letter answering the motion and a longer term: one event of each kind. */
    private void progressLetterAndExtension() {
        fixtures.reportProgress(motion, LocalDate.of(2026, 2, 1));
        fixtures.letter(body).about("Voortgang zwaluwtillen").sentOn(LocalDate.of(2026, 3, 1))
                .answering(motion, LetterResponse.PROGRESS_ONLY).register();
        fixtures.extendTerm(motion, body, LocalDate.of(2026, 10, 1));
    }
}
