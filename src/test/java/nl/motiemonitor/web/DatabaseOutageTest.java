package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.database.DatabaseConnection;
import nl.motiemonitor.database.EmbeddedPostgresServer;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stops for some seconds under load and comes back on the same port and data: meanwhile pages answer a
 * Dutch 503 with Retry-After, the API a problem detail, readiness is DOWN and liveness UP; every write was saved
 * exactly once or refused with a page that says it was not saved; within 10 s of the return everything works again
 * without a restart, the public page cache included, which serves nothing from before the outage. On a PostgreSQL
 * server of its own, so stopping it touches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"motiemonitor.page-cache.enabled=true", "spring.datasource.hikari.maximum-pool-size=8"})
@Import(DatabaseOutageTest.OwnDatabase.class)
@DirtiesContext
class DatabaseOutageTest {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);
    private static final Pattern LETTER_LOCATION = Pattern.compile("/beheer/den-haag/brieven/(\\d+)$");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutageDatabase database;

    /** The write of one letter: its unique reference and how it was answered. */
    record Write(String reference, int status, String location, boolean saidNotSaved) {
    }

    @Test
    void answersInDutchWhileTheDatabaseIsAwayLosesNoWriteAndRecoversWithoutARestart() throws Exception {
        PortalClient portal = new PortalClient(port);
        PortalClient management = new PortalClient(managementPort);
        List<StaffClient> clerks = List.of(StaffClient.clerk(port, jdbc, "den-haag"),
                StaffClient.clerk(port, jdbc, "den-haag"), StaffClient.clerk(port, jdbc, "den-haag"));
        StaffClient checker = StaffClient.clerk(port, jdbc, "den-haag");
        clerks.forEach(clerk -> clerk.get("/beheer/den-haag/brieven/nieuw"));
        checker.get("/beheer/den-haag/brieven/nieuw");
        // of another body than the one written to: each saved letter drops the pages of den-haag from the cache
        String motionPage = jdbc.queryForObject("select '/groningen/moties/' || m.url_key from motions m"
                + " join bodies b on b.id = m.body_id where b.slug = 'groningen' and m.published order by m.id limit 1",
                String.class);
        awaitWithin(Duration.ofSeconds(10), () -> cacheServes(portal, management, motionPage));

        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> readStatuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (StaffClient clerk : clerks) {
            load.add(started(() -> {
                while (loading.get()) {
                    writes.add(writeLetter(clerk));
                }
            }));
        }
        for (String page : List.of("/den-haag", motionPage, "/api/v1/organen")) {
            load.add(started(() -> {
                while (loading.get()) {
                    String accept = page.startsWith("/api/") ? "application/json" : "text/html";
                    readStatuses.merge(portal.get(page, accept).statusCode() + " " + page, 1, Integer::sum);
                    pause(Duration.ofMillis(100));
                }
            }));
        }
        pause(Duration.ofSeconds(2));
        String letterForm = Jsoup.parse(checker.get("/beheer/den-haag/brieven/nieuw").body())
                .select("form input[name=_formulier]").val();
        assertThat(letterForm).as("the letter form names itself").isNotBlank();

        database.stop();
        HttpResponse<String> page = portal.get("/den-haag");
        HttpResponse<String> api = portal.get("/api/v1/organen", "application/json");
        HttpResponse<String> readiness = management.get("/actuator/health/readiness", "application/json");
        HttpResponse<String> liveness = management.get("/actuator/health/liveness", "application/json");
        StaffClient.Response refused = writeWhileAway(checker, letterForm);
        StaffClient.Response login = StaffClient.fresh(port).login("iemand", StaffClient.PASSWORD);
        pause(Duration.ofSeconds(2));
        long returned = database.start();

        String newTitle = "Na de storing " + UUID.randomUUID();
        database.execute("update motions set title = ? where body_id = (select id from bodies where slug = 'groningen')"
                + " and '/groningen/moties/' || url_key = ?", newTitle, motionPage);
        Duration ready = awaitWithin(BACK_WITHIN, returned,
                () -> management.get("/actuator/health/readiness", "application/json").statusCode() == 200);
        Duration pages = awaitWithin(BACK_WITHIN, returned, () -> portal.get("/den-haag").statusCode() == 200);
        Duration saving = awaitWithin(BACK_WITHIN, returned, () -> writeLetter(checker).status() == 302);
        Duration caching = awaitWithin(BACK_WITHIN, returned, () -> cacheServes(portal, management, motionPage));
        System.out.printf("After the database's return: readiness UP in %d ms, a page in %d ms, a saved write in %d ms,"
                + " the page cache serving in %d ms%n", ready.toMillis(), pages.toMillis(), saving.toMillis(),
                caching.toMillis());
        pause(Duration.ofSeconds(1));
        loading.set(false);
        for (Thread thread : load) {
            thread.join(30_000);
        }

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(page.body()).contains("<html lang=\"nl\"", "Tijdelijk niet beschikbaar")
                .doesNotContain("Exception", "at org.", "HikariPool");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":503", "Tijdelijk niet beschikbaar");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("UP");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("Uw wijziging is niet opgeslagen", "Wat u verstuurde",
                "Brief tijdens de storing");
        assertThat(Jsoup.parse(refused.body()).select("main dt").eachText()).as("the fields by their labels")
                .contains("Onderwerp", "Datum van de brief", "Wat de brief doet met onderwerp 1")
                .doesNotContain("subject", "sentOn", "answers[0].response", "version", "_formulier");
        assertThat(Jsoup.parse(refused.body()).select("main dd").eachText()).as("a choice as its option reads")
                .contains("Afdoening geclaimd").doesNotContain("DISCHARGE_CLAIMED");
        assertThat(login.statusCode()).as("a login is not refused as if the password were wrong").isEqualTo(503);
        assertThat(login.body()).contains("Tijdelijk niet beschikbaar").doesNotContain("niet opgeslagen");
        assertThat(portal.get(motionPage).body()).as("no page from before the outage").contains(newTitle);

        Map<String, Integer> stored = storedReferences();
        List<Write> saved = writes.stream().filter(write -> write.status() == 302).toList();
        List<Write> notSaved = writes.stream().filter(write -> write.status() == 503).toList();
        assertThat(writes).as("every write was saved or refused with a message")
                .allSatisfy(write -> assertThat(write.status()).isIn(302, 503));
        assertThat(saved).as("saved before and after the outage").hasSizeGreaterThan(clerks.size());
        assertThat(notSaved).as("refused during the outage").isNotEmpty()
                .allSatisfy(write -> assertThat(write.saidNotSaved()).isTrue());
        assertThat(saved).allSatisfy(write -> assertThat(stored.get(write.reference())).isEqualTo(1));
        assertThat(notSaved).allSatisfy(write -> assertThat(stored).doesNotContainKey(write.reference()));
        System.out.printf("Writes: %d saved, %d refused; reads: %s%n", saved.size(), notSaved.size(), readStatuses);
        assertThat(readStatuses.keySet()).as("reads: served, or 503 while the database was away")
                .allSatisfy(read -> assertThat(read).matches("(200|503) .*"))
                .anySatisfy(read -> assertThat(read).startsWith("200 "))
                .anySatisfy(read -> assertThat(read).startsWith("503 "));
    }

    private StaffClient.Response writeWhileAway(StaffClient clerk, String form) {
        return clerk.post("/beheer/den-haag/brieven/nieuw", Map.of("_formulier", form, "sentOn", "2026-03-01",
                "subject", "Brief tijdens de storing", "reference", "STORING/" + UUID.randomUUID(),
                "answers[0].response", "DISCHARGE_CLAIMED", "version", "3"));
    }

    private static Write writeLetter(StaffClient clerk) {
        String reference = "LAST/" + UUID.randomUUID();
        StaffClient.Response response = clerk.post("/beheer/den-haag/brieven/nieuw",
                Map.of("sentOn", "2026-02-01", "subject", "Brief onder last", "reference", reference));
        String location = response.location();
        if (response.statusCode() == 302) {
            assertThat(location).matches(LETTER_LOCATION);
        }
        return new Write(reference, response.statusCode(), location,
                response.body().contains("Uw wijziging is niet opgeslagen"));
    }

    private Map<String, Integer> storedReferences() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        jdbc.query("select reference, count(*) from letters where reference like 'LAST/%' group by reference",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> counts.put(row.getString(1), row.getInt(2)));
        return counts;
    }

    /** Whether the public page cache serves again: the second of two requests is a hit. */
    private static boolean cacheServes(PortalClient portal, PortalClient management, String page) {
        long before = cacheHits(management);
        portal.get(page);
        portal.get(page);
        return cacheHits(management) > before;
    }

    private static long cacheHits(PortalClient management) {
        Matcher hits = Pattern.compile("(?m)^motiemonitor_page_cache_hits_total\\S* (\\S+)$")
                .matcher(management.get("/actuator/prometheus", "text/plain").body());
        return hits.find() ? (long) Double.parseDouble(hits.group(1)) : -1;
    }

    private static void awaitWithin(Duration limit, BooleanSupplier condition) {
        awaitWithin(limit, System.nanoTime(), condition);
    }

    /** Waits until the condition holds, at most {@code limit} after {@code since}; returns how long after. */
    private static Duration awaitWithin(Duration limit, long since, BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - since)).as("within %s", limit).isLessThan(limit);
            pause(Duration.ofMillis(200));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - since);
        assertThat(took).as("within %s", limit).isLessThan(limit);
        return took;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work, "outage-load");
        thread.start();
        return thread;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A PostgreSQL server of this test's own, stopped and started again on the same port and data directory. */
    static final class OutageDatabase implements JdbcConnectionDetails, AutoCloseable {

        private static final String NAME = "motiemonitor";
        private final Path directory;
        private volatile EmbeddedPostgresServer server;
        private final DatabaseConnection connection;

        OutageDatabase() {
            try {
                directory = Files.createTempDirectory("motiemonitor-outage");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = EmbeddedPostgresServer.start(directory, 0, NAME);
            connection = new DatabaseConnection(server.jdbcUrl(), server.username(), null);
        }

        void stop() throws IOException {
            server.close();
        }

        /** Starts the server again; returns when it accepts connections (System.nanoTime()). */
        long start() {
            server = EmbeddedPostgresServer.start(directory, server.port(), NAME);
            return System.nanoTime();
        }

        void execute(String sql, Object... arguments) throws SQLException {
            try (Connection direct = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
                    PreparedStatement statement = direct.prepareStatement(sql)) {
                for (int i = 0; i < arguments.length; i++) {
                    statement.setObject(i + 1, arguments[i]);
                }
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
        }

        @Override
        public String getJdbcUrl() {
            return connection.getJdbcUrl();
        }

        @Override
        public String getUsername() {
            return connection.getUsername();
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void close() throws IOException {
            server.close();
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OwnDatabase {

        @Bean
        OutageDatabase outageDatabase() {
            return new OutageDatabase();
        }
    }
}
