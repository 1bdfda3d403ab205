package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the page cache on, as in production: anonymous visitors get kept pages, a committed change in the database
 * replaces the pages of its body and the national pages (and nothing else), a rolled-back one changes nothing,
 * logged-in users and failed pages are never served from it, and losing the database's notifications stops it.
 */
@MotiemonitorTest
@TestPropertySource(properties = "motiemonitor.page-cache.enabled=true")
class PublicPageCacheTest {

    private static final String MOTION = "/den-haag/moties/ris323480";
    private static final String TITLE = "Onderzoek mogelijkheden overweeghuis";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PublicPageCache cache;

    @Autowired
    MeterRegistry metrics;

    PortalClient portal;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
        awaitThat("the cache listens", cache::serving);
        // messages arrive in commit order: once this one is heard of, so are all changes before it (the demo data,
        // the last test's), and none of them drops a page of this test
        long generation = cache.generation();
        jdbc.execute("notify " + PublicPageInvalidation.CHANNEL + ", '*'");
        awaitThat("earlier changes are heard of", () -> cache.generation() > generation);
    }

    @AfterEach
    void restoreTitle() {
        jdbc.update("update motions set title = ? where url_key = 'ris323480'", TITLE);
    }

    @Test
    void anAnonymousVisitorGetsTheKeptPageUntilACommittedChangeOfItsBody() {
        assertThat(page(MOTION)).contains(TITLE);
        assertThat(page("/groningen")).contains("Gemeente Groningen");
        assertThat(page("/")).contains("Gemeente Den Haag");

        // a change the database does not announce (triggers off in this session) proves the page is the kept one
        changeTitleSilently("Stil gewijzigde titel");
        assertThat(page(MOTION)).contains(TITLE).doesNotContain("Stil gewijzigde titel");

        // a rolled-back change is not announced
        transactions.executeWithoutResult(status -> {
            jdbc.update("update motions set title = 'Teruggedraaid' where url_key = 'ris323480'");
            status.setRollbackOnly();
        });
        sleepPastNotification();
        assertThat(page(MOTION)).contains(TITLE);

        // a committed change of another body leaves Den Haag's motion page but not the national pages
        long groningenKeys = keysOf("groningen");
        assertThat(groningenKeys).isPositive();
        jdbc.update("update motions set title = title"
                + " where body_id = (select id from bodies where slug = 'groningen')");
        awaitThat("Groningen's pages and the national pages go", () -> keysOf("groningen") == 0
                && keysOf(PublicPageCache.NATIONAL) == 0);
        assertThat(page(MOTION)).as("still kept").contains(TITLE);

        // a committed change of the motion's own clauses is heard of, and the silent title change shows with it
        jdbc.update("update clauses set text = text where motion_id = (select id from motions"
                + " where url_key = 'ris323480')");
        awaitThat("the page is rendered anew", () -> page(MOTION).contains("Stil gewijzigde titel"));
    }

    @Test
    void aPathWrittenOtherwiseThanSpringReadsItIsNeitherKeptNorServedFromTheCache() {
        for (String path : List.of("/den%2Dhaag/moties/ris323480", "/den-haag/moties/ris%33%32%33%34%38%30",
                "/den-haag;x=1/moties/ris323480", "/zo%65ken?q=overweeghuis", "/den-haag/./moties/ris323480",
                "/groningen/../den-haag/moties/ris323480")) {
            var response = portal.get(path);
            if (response.statusCode() == 200) {
                assertThat(cache.keys()).as("kept under %s", path).extracting(PublicPageCache.PageKey::uri)
                        .noneMatch(uri -> uri.equals(path));
            }
        }
        assertThat(page(MOTION)).contains(TITLE);
        assertThat(cache.keys()).as("the page itself is kept under its own path")
                .extracting(PublicPageCache.PageKey::uri).contains(MOTION);
    }

    @Test
    void aChangedElsewhereAdoptedListOrAMotionInItReplacesOnlyTheListingPageAndAnUnchangedListNothing() {
        Long motion = jdbc.queryForObject("select id from motions where url_key = 'ris323480'", Long.class);
        Long other = jdbc.queryForObject("select min(m.id) from motions m join bodies b on b.id = m.body_id"
                + " where b.slug <> 'den-haag'", Long.class);
        // a list the refresher would compute by similarity, set exactly so that its change is known
        String upsert = "insert into similar_motions (motion_id, computed_at, similar_ids) values (?, now(), ?)"
                + " on conflict (motion_id) do update set computed_at = now(), similar_ids = excluded.similar_ids";
        jdbc.update(upsert, motion, new Long[] {other});
        awaitThat("the first list is heard of", () -> !page(MOTION).isEmpty() && keysOf("den-haag") > 0);
        page("/den-haag");
        page("/");
        long others = cache.keys().stream().filter(key -> !key.uri().equals(MOTION)).count();

        jdbc.update(upsert, motion, new Long[] {other});
        sleepPastNotification();
        assertThat(cache.keys()).as("the same list again").anyMatch(key -> key.uri().equals(MOTION));

        jdbc.update(upsert, motion, new Long[] {});
        awaitThat("the motion's page goes", () -> cache.keys().stream().noneMatch(key -> key.uri().equals(MOTION)));
        assertThat(cache.keys()).as("the body's list and the front page stay").hasSize((int) others)
                .anyMatch(key -> key.uri().equals("/den-haag")).anyMatch(key -> key.uri().equals("/"));

        // the motion it lists changes in its own body: the page that lists it goes too, the rest of Den Haag stays
        jdbc.update(upsert, motion, new Long[] {other});
        awaitThat("the list is heard of", () -> !page(MOTION).isEmpty() && cache.keys().stream()
                .anyMatch(key -> key.uri().equals(MOTION)));
        page("/den-haag");
        jdbc.update("update motions set title = title where id = ?", other);
        awaitThat("the listing page goes", () -> cache.keys().stream().noneMatch(key -> key.uri().equals(MOTION)));
        assertThat(cache.keys()).extracting(PublicPageCache.PageKey::uri).contains("/den-haag");
        jdbc.update("delete from similar_motions where motion_id = ?", motion);
    }

    @Test
    void manyVisitorsAskingAtOnceForAPageNotKeptYetGetItFromOneRendering() {
        jdbc.update("update motions set title = title where url_key = 'ris323480'");
        awaitThat("Den Haag's pages are not kept", () -> keysOf("den-haag") == 0);
        PublicPageCache.Counts before = cache.counts();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 12)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/den-haag")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
        assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
        PublicPageCache.Counts after = cache.counts();
        assertThat(after.renders() - before.renders()).as("renders").isEqualTo(1);
        assertThat(after.hits() - before.hits() + after.waits() - before.waits()).as("served without rendering")
                .isEqualTo(11);
        assertThat(metrics.get("motiemonitor.page.cache.renders").functionCounter().count())
                .isEqualTo(after.renders());
        assertThat(metrics.get("motiemonitor.page.cache.hits").functionCounter().count()
                + metrics.get("motiemonitor.page.cache.waits").functionCounter().count())
                .isEqualTo(after.hits() + after.waits());
        assertThat(metrics.get("motiemonitor.page.cache.pages").gauge().value()).isEqualTo(cache.size());
    }

    @Test
    void aKeptPageGoesGzippedToAClientThatAcceptsItAndAsRenderedToOthers() throws Exception {
        String rendered = page(MOTION);
        awaitThat("the page is kept", () -> keysOf("den-haag") > 0);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + MOTION)).header("Accept-Encoding", "br, gzip;q=0.8").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(gzipped.body().length).isLessThan(rendered.length() / 3);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(rendered);
        }

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + MOTION)).header("Accept-Encoding", "gzip;q=0, identity").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(rendered);
        assertThat(page(MOTION)).as("without Accept-Encoding").isEqualTo(rendered);
    }

    @Test
    void aValueThePagesOfABodyShareIsKeptUntilTheBodyChangesAndThenComputedAgainAtOnce() {
        // the other owner is a body nobody writes to: background work of other test contexts on this database may
        // change a real one at any moment, and a change heard of while a value is computed keeps it from being kept
        String other = "waardeproef-zonder-wijzigingen";
        AtomicInteger groningen = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        awaitThat("Groningen's value is kept", () -> cache.value("groningen", "figures", groningen::incrementAndGet)
                .equals(cache.value("groningen", "figures", groningen::incrementAndGet)));
        awaitThat("the other body's value is kept", () -> cache.value(other, "figures", others::incrementAndGet)
                .equals(cache.value(other, "figures", others::incrementAndGet)));
        int groningenKept = groningen.get();
        int otherKept = others.get();
        assertThat(cache.value("groningen", "figures", groningen::incrementAndGet)).as("kept").isEqualTo(groningenKept);

        jdbc.update("update motions set title = title where body_id = (select id from bodies where slug = 'groningen')");
        awaitThat("Groningen's value is computed again at once, before anyone asks",
                () -> groningen.get() > groningenKept);
        awaitThat("and kept again", () -> cache.value("groningen", "figures", groningen::incrementAndGet)
                .equals(cache.value("groningen", "figures", groningen::incrementAndGet)));
        assertThat(cache.value(other, "figures", others::incrementAndGet)).as("another body's stay").isEqualTo(otherKept);
        assertThat(others.get()).as("the other body's value was not computed again").isEqualTo(otherKept);
    }

    @Test
    void loggedInUsersAreNeverServedAKeptPageAndTheirPagesAreNeverKept() {
        assertThat(page(MOTION)).contains("Inloggen");
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");

        String ownPage = clerk.get(MOTION).body();
        assertThat(ownPage).contains("Uitloggen", clerk.displayName()).doesNotContain(">Inloggen<");
        assertThat(page(MOTION)).contains("Inloggen").doesNotContain("Uitloggen", clerk.displayName());
    }

    @Test
    void failedPagesUnsearchedSearchesAndPagesOfVisitorsWithASessionAreNotKept() {
        long before = cache.size();
        assertThat(portal.get("/den-haag/moties/bestaat-niet").statusCode()).isEqualTo(404);
        assertThat(portal.get("/bestaat-niet").statusCode()).isEqualTo(404);
        StaffClient withSession = StaffClient.fresh(port);
        withSession.get("/login");
        assertThat(withSession.get("/tweede-kamer").statusCode()).isEqualTo(200);
        assertThat(keysOf("tweede-kamer")).isZero();
        assertThat(cache.size()).isEqualTo(before);

        assertThat(page("/zoeken?q=de")).as("only a stop word: not searched").contains("geen woorden");
        assertThat(page("/zoeken?q=overweeghuis")).contains(TITLE);
        assertThat(cache.keys()).extracting(PublicPageCache.PageKey::uri).doesNotContain("/zoeken?q=de")
                .contains("/zoeken?q=overweeghuis");
    }

    @Test
    void losingTheNotificationsStopsTheCacheUntilItListensAgainAndNothingChangedMeanwhileIsMissed() {
        assertThat(page(MOTION)).contains(TITLE);
        assertThat(keysOf("den-haag")).isPositive();

        jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen %'"
                + " and pid <> pg_backend_pid()");
        awaitThat("the cache stops serving", () -> !cache.serving() || keysOf("den-haag") == 0);
        changeTitleSilently("Gewijzigd zonder dat iemand luisterde");

        awaitThat("the cache listens again", cache::serving);
        assertThat(page(MOTION)).contains("Gewijzigd zonder dat iemand luisterde");
    }

    private String page(String path) {
        var response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private long keysOf(String owner) {
        return cache.keys().stream().filter(key -> key.owner().equals(owner)).count();
    }

    private void changeTitleSilently(String title) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update motions set title = ? where url_key = 'ris323480'", title);
        });
        sleepPastNotification();
    }

    private static void sleepPastNotification() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitThat(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            sleepPastNotification();
        }
    }
}
