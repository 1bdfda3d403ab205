package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.motiemonitor.follow.MailOutbox;
import nl.motiemonitor.search.SimilarMotionsRefresher;
import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Nothing leaks: a draft letter, a draft motion, a draft commitment, and a motion or letter unpublished after it was
 * published leave no trace in any public channel: the pages (kept in the page cache, as in production), the counts,
 * both dashboards, search (with its result cache), the Atom feeds, the open-data API, the tables as CSV (the lists,
 * search, the dashboards' lists, the council's list), the mail to followers and "Elders aangenomen";
 * a draft's progress note (stand van zaken) included.
 * Each case carries a word of its own, looked for everywhere.
 */
@MotiemonitorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = {"motiemonitor.page-cache.enabled=true", "spring.cache.type=caffeine",
        "motiemonitor.dashboards.background=true", "motiemonitor.dashboards.after-change=PT0S"})
class PublicChannelsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MailOutbox outbox;

    @Autowired
    SimilarMotionsRefresher similarMotions;

    PortalClient portal;
    StaffClient clerk;
    long motion;
    long elsewhere;
    /** The open-data API's answers about the body, its motion and the nation (its lists in one page each). */
    List<String> apiPaths;

    @BeforeAll
    void createBodies() {
        portal = new PortalClient(port);
        Long lekproef = fixtures.body("lekproef");
        Long lekelders = fixtures.body("lekelders");
        motion = publishedMotion(lekproef, "L-1", "Veilige fietsroutes naar de basisschool",
                "veilige fietsroutes naar alle basisscholen aan te leggen en de snelheid te verlagen.");
        elsewhere = publishedMotion(lekelders, "E-1", "Fietsroutes naar school veiliger maken",
                "veilige fietsroutes naar de basisscholen aan te leggen met lagere snelheden.");
        apiPaths = List.of("/api/v1/moties?orgaan=lekproef&limiet=500", "/api/v1/toezeggingen?orgaan=lekproef&limiet=500",
                "/api/v1/brieven?orgaan=lekproef&limiet=500", "/api/v1/moties/" + motion,
                "/api/v1/organen/lekproef/cijfers", "/api/v1/cijfers");
        clerk = StaffClient.clerk(port, jdbc, "lekproef");
        Long user = jdbc.queryForObject("select id from users where username = ?", Long.class, clerk.username());
        // the follow module offers no API to subscribe; MailTest follows the whole way through the portal
        jdbc.update("insert into follower_addresses (user_id, email, confirmed_at) values (?, 'volger@lekproef.nl',"
                + " now())", user);
        jdbc.update("insert into subscriptions (user_id, email, target, body_id, title, frequency, last_event_id)"
                + " select ?, 'volger@lekproef.nl', 'BODY', id, 'Gemeente Lekproef', 'EVENT',"
                + " (select coalesce(max(id), 0) from item_events) from bodies where slug = 'lekproef'", user);
    }

    @AfterAll
    void removeBodies() {
        jdbc.update("delete from subscriptions where email = 'volger@lekproef.nl'");
        jdbc.update("delete from mail_queue");
    }

    @Test
    @Order(1)
    void aDraftLetterLeavesNoTraceAndItsMotionDoesNotMove() {
        warm("zeppelinhaven");
        HttpResponse<String> saved = letter("Zeppelinhaven: afdoening van de fietsroutes", false);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        assertNowhere("zeppelinhaven");
        assertThat(portal.get("/lekproef/moties/l-1").body()).contains("Open").doesNotContain("wacht op besluit");
        assertThat(figures("/lekproef")).contains("0 wachten op besluit van de raad");
    }

    @Test
    void aDraftMotionLeavesNoTrace() {
        warm("kwakzalver");
        create("/beheer/lekproef/moties/nieuw", List.of(Map.entry("registrationNumber", "L-2"),
                Map.entry("title", "Kwakzalver fietsroutes"), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "2026-01-05"), Map.entry("clauses[0].kind", "REQUEST"),
                Map.entry("clauses[0].text", "kwakzalver veilige fietsroutes naar de basisscholen aan te leggen.")));
        similarMotions.refreshQueued(Duration.ofMinutes(1));

        assertNowhere("kwakzalver");
    }

    @Test
    void aDraftReplacementLeavesNoTraceOnThePageOfTheMotionItReplaces() {
        warm("wulpenroute");
        create("/beheer/lekproef/moties/nieuw", List.of(Map.entry("registrationNumber", "WULPENROUTE-1"),
                Map.entry("title", "Gewijzigde motie fietsroutes"), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "2026-01-06"), Map.entry("replacesNumber", "l 1"),
                Map.entry("clauses[0].kind", "REQUEST"), Map.entry("clauses[0].text", "fietsroutes aan te leggen.")));

        assertNowhere("wulpenroute");
        assertThat(page("/lekproef/moties/l-1")).doesNotContain("Vervangen door motie");
    }

    @Test
    void aDraftCommitmentLeavesNoTrace() {
        warm("trompetvis");
        create("/beheer/lekproef/toezeggingen/nieuw", List.of(Map.entry("text",
                "De trompetvis wordt onderzocht voor het fietsplan."), Map.entry("madeOn", "2026-02-01"),
                Map.entry("dueDate", "2026-03-01")));

        assertNowhere("trompetvis");
    }

    @Test
    void aMotionUnpublishedAfterItWasPublishedLeavesNoTrace() {
        long id = create("/beheer/lekproef/moties/nieuw", List.of(Map.entry("registrationNumber", "L-3"),
                Map.entry("title", "Ooievaarsnest op het raadhuis"), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "2025-01-05"), Map.entry("dueDate", "2025-06-01"), Map.entry("published", "true"),
                Map.entry("clauses[0].kind", "REQUEST"),
                Map.entry("clauses[0].text", "een ooievaarsnest en veilige fietsroutes naar de basisscholen.")));
        similarMotions.refreshQueued(Duration.ofMinutes(1));
        eventually("published, it is found", () -> page("/zoeken?q=ooievaarsnest").contains("Ooievaarsnest")
                && page("/lekproef").contains("Ooievaarsnest") && page("/overzicht").contains("Ooievaarsnest")
                && page("/api/v1/moties?orgaan=lekproef&limiet=500").contains("Ooievaarsnest")
                && page("/api/v1/cijfers").contains("Ooievaarsnest")
                && page("/lekproef/moties.csv").contains("Ooievaarsnest")
                && page("/zoeken.csv?q=ooievaarsnest").contains("Ooievaarsnest")
                && page("/overzicht.csv?tabel=te-laat").contains("Ooievaarsnest"));
        outbox.queueEvents();
        assertThat(jdbc.queryForList("select body from mail_queue", String.class)).as("published, it is mailed")
                .anyMatch(mail -> mail.contains("Ooievaarsnest"));
        jdbc.update("delete from mail_queue");

        edit("/beheer/lekproef/moties/" + id + "/bewerken", "published", null);
        similarMotions.refreshQueued(Duration.ofMinutes(1));

        assertNowhere("ooievaarsnest");
        assertThat(portal.get("/lekproef/moties/l-3").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2) // after the draft letter: its motion stays proposed for discharge
    void aLetterUnpublishedAfterItActedLeavesNoWordsOfItsOwn() {
        HttpResponse<String> saved = letter("Reigerbos: de fietsroutes zijn aangelegd", true);
        String letterPath = java.net.URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
        eventually("published, it is seen", () -> page("/lekproef/moties/l-1").contains("Reigerbos")
                && page("/zoeken?q=reigerbos").contains("Reigerbos") && page("/lekproef/feed").contains("Reigerbos")
                && page("/api/v1/moties/" + motion).contains("Reigerbos")
                && page("/api/v1/brieven?orgaan=lekproef&limiet=500").contains("Reigerbos"));

        edit(letterPath + "/bewerken", "published", null);

        assertNowhere("reigerbos");
        assertThat(portal.get("/lekproef/brieven/" + letterPath.substring(letterPath.lastIndexOf('/') + 1))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftsProgressNoteLeavesNoTraceAndAPublishedOnesShowsOnItsPageOnly() {
        warm("wielewaal");
        warm("kwikstaart");
        String register = "Nr;Soort;Voortgang\nL-9;Motie;De wielewaal is gesignaleerd bij de school\n"
                + "L-1;Motie;De kwikstaart broedt langs de fietsroute\n";
        clerk.get("/beheer/lekproef/register");
        var uploaded = clerk.postMultipart("/beheer/lekproef/register", List.of(
                new StaffClient.Upload("bestand", "register.csv", "text/csv",
                        register.getBytes(java.nio.charset.StandardCharsets.UTF_8))), Map.of());
        String preview = clerk.get(uploaded.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        String action = org.jsoup.Jsoup.parse(preview).select("form[action*=/register/]").first().attr("action");
        HttpResponse<String> saved = clerk.post(action, HtmlForm.of(preview, action).with("action", "save").fields());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select published from motions m join bodies b on b.id = m.body_id"
                + " where b.slug = 'lekproef' and m.registration_number = 'L-9'", Boolean.class)).isFalse();

        assertNowhere("wielewaal");
        assertThat(portal.get("/lekproef/moties/l-9").statusCode()).isEqualTo(404);
        eventually("the published motion's note is on its page", () -> page("/lekproef/moties/l-1")
                .contains("De kwikstaart broedt langs de fietsroute"));
        List<String> elsewhere = List.of("/", "/lekproef", "/lekproef/overzicht", "/overzicht",
                "/zoeken?q=kwikstaart", "/lekproef/feed", "/lekproef/moties/l-1/feed", "/lekelders/moties/e-1");
        assertThat(elsewhere).as("a note is said on the item's own page only")
                .noneMatch(path -> shown(path).toLowerCase(Locale.ROOT).contains("kwikstaart"));
    }

    /** Every public channel, now and for the rest of the patience: nothing says the word. */
    private void assertNowhere(String word) {
        List<String> paths = new ArrayList<>(List.of("/", "/lekproef", "/lekproef/moties/l-1", "/lekproef/overzicht",
                "/overzicht", "/zoeken?q=" + word, "/lekproef/zoeken?q=" + word, "/feed", "/lekproef/feed",
                "/lekproef/moties/l-1/feed", "/zoeken/feed?q=" + word, "/lekelders/moties/e-1",
                "/lekproef/moties.csv", "/lekproef/toezeggingen.csv", "/zoeken.csv?q=" + word,
                "/lekproef/zoeken.csv?q=" + word, "/lekproef/overzicht.csv?tabel=te-laat",
                "/lekproef/overzicht.csv?tabel=wacht-op-besluit", "/overzicht.csv?tabel=te-laat",
                "/overzicht.csv?tabel=wacht-op-besluit", "/lekproef/lijst.csv"));
        paths.addAll(apiPaths);
        eventually("no public channel says " + word, () -> paths.stream()
                .noneMatch(path -> shown(path).toLowerCase(Locale.ROOT).contains(word)));
        outbox.queueEvents();
        assertThat(jdbc.queryForList("select subject || ' ' || body from mail_queue", String.class))
                .as("mail").noneMatch(mail -> mail.toLowerCase(Locale.ROOT).contains(word));
    }

    /** Asks every channel once, so that what is kept from before the change is what must not be served after it. */
    private void warm(String word) {
        List.of("/", "/lekproef", "/lekproef/moties/l-1", "/lekproef/overzicht", "/overzicht", "/zoeken?q=" + word,
                "/lekproef/feed", "/lekelders/moties/e-1").forEach(this::page);
        apiPaths.forEach(this::page);
    }

    private HttpResponse<String> letter(String subject, boolean published) {
        clerk.get("/beheer/lekproef/brieven/nieuw");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("subject", subject),
                Map.entry("sentOn", "2026-03-01"), Map.entry("fullText", subject + ". De routes zijn er."),
                Map.entry("answers[0].item", "motie:" + motion), Map.entry("answers[0].response", "DISCHARGE_CLAIMED")));
        if (published) {
            fields.add(Map.entry("published", "true"));
        }
        return clerk.post("/beheer/lekproef/brieven/nieuw", fields);
    }

    private long create(String path, List<Map.Entry<String, String>> fields) {
        clerk.get(path);
        HttpResponse<String> saved = clerk.post(path, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Opens an edit form and saves it with one field set, or left out (an unchecked box) when {@code value} is null. */
    private void edit(String path, String field, String value) {
        HtmlForm form = HtmlForm.of(clerk.get(path).body(), path);
        List<Map.Entry<String, String>> fields = value == null
                ? form.fields().stream().filter(entry -> !entry.getKey().equals(field)).toList()
                : form.with(field, value).fields();
        HttpResponse<String> saved = clerk.post(path, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path, "text/html,application/atom+xml,application/json");
        return response.statusCode() == 200 ? response.body() : "";
    }

    /** What a page shows of the portal's data: of a search, its results (not the question asked); of a feed, its entries. */
    private String shown(String path) {
        String page = page(path);
        if (path.contains(".csv")) {
            return page;
        }
        if (path.contains("zoeken/feed")) {
            return org.jsoup.Jsoup.parse(page, org.jsoup.parser.Parser.xmlParser()).select("entry").outerHtml();
        }
        return path.contains("zoeken") ? org.jsoup.Jsoup.parse(page).select(".mm-results").outerHtml() : page;
    }

    private List<String> figures(String path) {
        return org.jsoup.Jsoup.parse(page(path)).select(".mm-figure").eachText();
    }

    private long publishedMotion(Long body, String number, String title, String request) {
        return fixtures.motion(body, number).titled(title).adoptedOn(LocalDate.of(2026, 1, 10))
                .due(LocalDate.of(2027, 1, 10)).requesting(request).register().value();
    }

    private static void eventually(String what, java.util.function.BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
