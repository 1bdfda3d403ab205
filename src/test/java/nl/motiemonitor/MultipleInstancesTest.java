package nl.motiemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import nl.motiemonitor.dashboard.NationalDashboard;
import nl.motiemonitor.database.DatabaseConnection;
import nl.motiemonitor.follow.MailOutbox;
import nl.motiemonitor.harvest.HarvestCommand;
import nl.motiemonitor.shared.JobLease;
import nl.motiemonitor.shared.PublicDataChanged;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import nl.motiemonitor.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the portal (two application contexts, each with its own web server and connection pool) on one
 * database, as behind a proxy (issue 18): a session started on one goes on at the other and ends on both at once; a
 * clerk's edit on one replaces the page the other kept; queued mail goes out once when both send; a job behind
 * {@link JobLease} runs on one of them when both try; the national dashboard is computed once and both serve it. The
 * harvest command, a third start without a web server, has no sessions.
 */
class MultipleInstancesTest {

    private static final String MOTION = "/den-haag/moties/ris323480";
    private static final String TITLE = "Onderzoek mogelijkheden overweeghuis";
    private static final int SMTP_PORT = freePort();

    static GreenMail smtp;
    static TestPostgres.Database database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static int portA;
    static int portB;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoInstances() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = TestPostgres.freshDatabase();
        // one after the other, as a rolling start: the first migrates the database and loads the demo data
        first = instance(true);
        second = instance(false);
        portA = port(first);
        portB = port(second);
        jdbc = first.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopThem() {
        Stream.of(second, first).filter(context -> context != null).forEach(ConfigurableApplicationContext::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSessionStartedOnOneInstanceGoesOnAtTheOther() {
        StaffClient onA = StaffClient.clerk(portA, jdbc, "den-haag");
        StaffClient onB = onA.at(portB);

        StaffClient.Response staffPage = onB.get("/beheer");

        assertThat(staffPage.statusCode()).as("not the login page: %s", staffPage.location()).isEqualTo(200);
        assertThat(staffPage.body()).contains(onA.displayName());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                onA.username())).as("the session is a row of the database").isEqualTo(1);
        assertThat(onA.get("/beheer/wachtwoord").statusCode()).as("and still on the first").isEqualTo(200);
    }

    @Test
    void blockingAUserOnOneInstanceSendsTheirNextRequestOnTheOtherToTheLoginPage() {
        StaffClient user = StaffClient.clerk(portA, jdbc, "den-haag");
        StaffClient userOnB = user.at(portB);
        assertThat(userOnB.get("/beheer").statusCode()).isEqualTo(200);
        long id = jdbc.queryForObject("select id from users where username = ?", Long.class, user.username());
        StaffClient admin = StaffClient.admin(portA, jdbc);
        admin.get("/beheer/gebruikers/" + id);

        assertThat(admin.post("/beheer/gebruikers/" + id + "/blokkeren", Map.of()).location())
                .isEqualTo("/beheer/gebruikers/" + id);

        assertThat(userOnB.get("/beheer").location()).isEqualTo("/login?verlopen");
        assertThat(userOnB.get("/beheer").location()).as("logged out").isEqualTo("/login");
    }

    @Test
    void newRolesGivenOnOneInstanceEndTheSessionOnTheOther() {
        StaffClient user = StaffClient.clerk(portA, jdbc, "den-haag");
        StaffClient userOnB = user.at(portB);
        assertThat(userOnB.get("/beheer").statusCode()).isEqualTo(200);
        long id = jdbc.queryForObject("select id from users where username = ?", Long.class, user.username());
        long denHaag = jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class);
        StaffClient admin = StaffClient.admin(portB, jdbc);
        admin.get("/beheer/gebruikers/" + id);

        assertThat(admin.post("/beheer/gebruikers/" + id + "/rollen", Map.of("roles[" + denHaag + "]", "MEMBER",
                "_admin", "on")).statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select role from user_body_roles where user_id = ?", String.class, id))
                .isEqualTo("MEMBER");
        assertThat(user.get("/beheer").location()).as("on the instance where it began").isEqualTo("/login?verlopen");
    }

    @Test
    void anonymousVisitorsOfPublicPagesStartNoSession() {
        long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
        PortalClient visitor = new PortalClient(portB);

        for (String path : List.of("/", "/den-haag", MOTION, "/zoeken?q=overweeghuis", "/overzicht", "/login")) {
            var response = visitor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            if (!path.equals("/login")) {
                assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(
                        cookie -> cookie.startsWith("SESSION="));
            }
        }

        assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class))
                .as("only the login form (its CSRF token) starts a session").isEqualTo(sessions + 1);
    }

    @Test
    void aClerksEditOnOneInstanceReplacesThePageTheOtherKept() {
        PortalClient visitor = new PortalClient(portB);
        awaitThat("the second instance keeps pages", () -> pageCacheServing(second));
        try {
            assertThat(page(visitor, MOTION)).contains(TITLE);
            // a change the database does not announce (triggers off in this transaction): the page is the kept one
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                jdbc.execute("set local session_replication_role = replica");
                jdbc.update("update motions set title = 'Stil gewijzigd' where url_key = 'ris323480'");
            });
            sleep(Duration.ofMillis(300));
            assertThat(page(visitor, MOTION)).as("served from the second instance's cache").contains(TITLE)
                    .doesNotContain("Stil gewijzigd");

            StaffClient clerk = StaffClient.clerk(portA, jdbc, "den-haag");
            long id = jdbc.queryForObject("select id from motions where url_key = 'ris323480'", Long.class);
            String edit = "/beheer/den-haag/moties/" + id + "/bewerken";
            HtmlForm form = HtmlForm.of(clerk.get(edit).body(), edit).with("title", "Overweeghuis, bewerkt op A");
            assertThat(clerk.post(form.action(), form.fields()).statusCode()).isEqualTo(302);

            awaitThat("the second instance shows the new title",
                    () -> page(visitor, MOTION).contains("Overweeghuis, bewerkt op A"));
        } finally {
            jdbc.update("update motions set title = ? where url_key = 'ris323480'", TITLE);
        }
    }

    @Test
    void queuedMailIsSentOnceWhenBothInstancesSendAtTheSameTime() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        int count = 40;
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into mail_queue (kind, recipient, subject, body) values ('REMINDER', ?, ?, 'Tekst')",
                    "griffie-" + i + "@twee.test", "Bericht " + i);
        }

        List<Integer> sent = bothAtOnce(context -> context.getBean(MailOutbox.class).sendDue());

        assertThat(sent.get(0) + sent.get(1)).isEqualTo(count);
        assertThat(smtp.waitForIncomingEmail(10_000, count)).isTrue();
        sleep(Duration.ofMillis(500));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Stream.of(received).map(MultipleInstancesTest::recipient)).as("each once").hasSize(count)
                .doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from mail_queue where sent_at is null", Long.class)).isZero();
    }

    @Test
    void aJobBehindALeaseRunsOnOneInstanceWhenBothTry() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        for (int round = 0; round < 5; round++) {
            String job = "test.race-" + round;
            List<Boolean> ran = bothAtOnce(context -> context.getBean(JobLease.class)
                    .runOnce(job, Duration.ofMinutes(1), runs::incrementAndGet));

            assertThat(ran).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(runs.get()).isEqualTo(round + 1);
        }
        assertThat(first.getBean(JobLease.class).runOnce("test.race-0", Duration.ofMinutes(1), runs::incrementAndGet))
                .as("held after the run too").isFalse();
    }

    @Test
    void aLeaseEndsAfterItsTimeAndTheOtherInstanceTakesTheJob() {
        AtomicInteger runs = new AtomicInteger();
        JobLease onA = first.getBean(JobLease.class);
        JobLease onB = second.getBean(JobLease.class);

        assertThat(onA.runOnce("test.expiry", Duration.ofMillis(400), runs::incrementAndGet)).isTrue();
        assertThat(onB.runOnce("test.expiry", Duration.ofMillis(400), runs::incrementAndGet)).isFalse();
        sleep(Duration.ofMillis(600));
        assertThat(onB.runOnce("test.expiry", Duration.ofMillis(400), runs::incrementAndGet)).isTrue();

        assertThat(runs.get()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select locked_until > now() from job_leases where name = 'test.expiry'",
                Boolean.class)).isTrue();
    }

    @Test
    void theHarvestCommandStartsThePortalsModulesWithoutWebServerOrSessions() {
        try (ConfigurableApplicationContext command = new SpringApplicationBuilder(MotiemonitorApplication.class)
                .web(WebApplicationType.NONE).properties(HarvestCommand.PROPERTIES)
                .initializers(sharedDatabase()).run("--motiemonitor.demo-data=false")) {
            assertThat(command.getBeanNamesForType(SessionRegistry.class)).isEmpty();
            assertThat(command.getBean(JobLease.class)).isNotNull();
        }
    }

    @Test
    void theWeeklyRemindersAreQueuedOnceWhenBothInstancesScheduleThem() throws Exception {
        jdbc.update("delete from mail_queue where kind = 'REMINDER'");
        assertThat(jdbc.queryForObject("""
                select count(*) from item_terms_on(current_date) t join bodies b on b.id = t.body_id
                where b.slug = 'den-haag' and t.published and (t.late_days is not null or t.due_soon)""", Long.class))
                .as("Den Haag has something to remind of").isPositive();

        bothAtOnce(context -> {
            ReflectionTestUtils.invokeMethod(context.getBean("reminders"), "weekly");
            return context.getId();
        });

        assertThat(jdbc.queryForList("select recipient from mail_queue where kind = 'REMINDER'", String.class))
                .containsExactly("griffie@den-haag.test");
    }

    @Test
    void theNationalDashboardIsComputedOnceWhenBothRefreshItAndBothServeTheStoredOne() throws Exception {
        jdbc.update("delete from job_leases where name = 'dashboards.national.refresh'");
        double before = nationalComputations();

        bothAtOnce(context -> {
            ReflectionTestUtils.invokeMethod(context.getBean(NationalDashboard.class), "refresh");
            return context.getId();
        });

        assertThat(nationalComputations()).as("computed once").isEqualTo(before + 1);
        LocalDate today = first.getBean(Terms.class).today();
        Instant stored = storedComputedAt();
        awaitThat("both serve the stored snapshot", () -> national(first, today).computedAt().equals(stored)
                && national(second, today).equals(national(first, today)));
        assertThat(nationalComputations()).as("and neither computed it again").isEqualTo(before + 1);
    }

    @Test
    void aNationalDashboardStoredByOneInstanceIsServedByTheOtherWithinSeconds() {
        LocalDate today = first.getBean(Terms.class).today();
        NationalDashboard.Snapshot kept = national(second, today);
        double computedOnB = computations(second);
        jdbc.update("delete from job_leases where name = 'dashboards.national.refresh'");

        ReflectionTestUtils.invokeMethod(first.getBean(NationalDashboard.class), "refresh");

        NationalDashboard.Snapshot newer = national(first, today);
        assertThat(newer.computedAt()).isAfter(kept.computedAt());
        awaitThat("the second instance loads it", () -> national(second, today).equals(newer));
        assertThat(computations(second)).as("loaded, not computed").isEqualTo(computedOnB);
    }

    @Test
    void aChangeHeardByBothInstancesHasTheNationalDashboardComputedAgainOnce() {
        LocalDate today = first.getBean(Terms.class).today();
        national(first, today);
        jdbc.update("delete from job_leases where name = 'dashboards.national.after-change'");
        double before = nationalComputations();

        Stream.of(first, second).forEach(context -> context.publishEvent(new PublicDataChanged(Set.of(), true)));
        // older than the wait after a change (an hour here), so the change has it computed again at once
        jdbc.update("update national_dashboard set computed_at = computed_at - interval '2 hours'");
        Instant rewound = storedComputedAt();

        awaitThat("computed again", () -> storedComputedAt().isAfter(rewound));
        awaitThat("both know the stored one was computed after the change",
                () -> Stream.of(first, second).allMatch(context -> ReflectionTestUtils.getField(
                        context.getBean(NationalDashboard.class), "changedBy") == null));
        assertThat(nationalComputations()).as("by one of them").isEqualTo(before + 1);
        awaitThat("both serve it", () -> national(first, today).computedAt().equals(storedComputedAt())
                && national(second, today).equals(national(first, today)));
    }

    /** Every instance on the same database, as TestDatabaseConfiguration points one test context at its own. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> sharedDatabase() {
        return context -> context.getBeanFactory().registerSingleton("sharedDatabase",
                new DatabaseConnection(database.jdbcUrl(), database.username(), database.password()));
    }

    private static ConfigurableApplicationContext instance(boolean demoData) {
        return new SpringApplicationBuilder(MotiemonitorApplication.class)
                .initializers(sharedDatabase())
                // as arguments: they outrank the tests' config/application.properties
                .run("--server.port=0", "--management.server.port=0", "--motiemonitor.demo-data=" + demoData,
                        "--motiemonitor.page-cache.enabled=true",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                        // the reminders' schedule is called by the test; the outbox's own schedule stays out of it
                        "--motiemonitor.follow.background=true", "--motiemonitor.follow.delay=PT1H",
                        "--motiemonitor.follow.reminders.den-haag=griffie@den-haag.test",
                        // the national dashboard's refresh too is called by the test, and never after a change
                        "--motiemonitor.dashboards.background=true", "--motiemonitor.dashboards.delay=PT1H",
                        "--motiemonitor.dashboards.after-change=PT1H");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** What each instance answered, both started at the same moment. */
    private static <T> List<T> bothAtOnce(java.util.function.Function<ConfigurableApplicationContext, T> work)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<T>> answers = Stream.of(first, second).map(context -> CompletableFuture.supplyAsync(
                () -> {
                    await(start);
                    return work.apply(context);
                })).toList();
        start.countDown();
        return List.of(answers.get(0).get(30, TimeUnit.SECONDS), answers.get(1).get(30, TimeUnit.SECONDS));
    }

    private static NationalDashboard.Snapshot national(ConfigurableApplicationContext context, LocalDate today) {
        return context.getBean(NationalDashboard.class).get(today);
    }

    private static Instant storedComputedAt() {
        return jdbc.queryForObject("select computed_at from national_dashboard", OffsetDateTime.class).toInstant();
    }

    private static double nationalComputations() {
        return computations(first) + computations(second);
    }

    private static double computations(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).get("motiemonitor.dashboards.national.computed").functionCounter()
                .count();
    }

    private static boolean pageCacheServing(ConfigurableApplicationContext context) {
        Object cache = context.getBean("publicPageCache");
        return Boolean.TRUE.equals(ReflectionTestUtils.invokeMethod(cache, "serving"));
    }

    private static String page(PortalClient visitor, String path) {
        var response = visitor.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitThat(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            sleep(Duration.ofMillis(200));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
