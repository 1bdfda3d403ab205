package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static nl.motiemonitor.staff.StaffMotionTest.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import nl.motiemonitor.testsupport.StreamingReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a primary with a real streaming replica (docs/operations.md, "Read replica"). Replay on the replica is
 * paused to tell the two apart: a public page that shows the title from before a change was read from the replica.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motiemonitor.replica.max-lag=8s", "motiemonitor.replica.lag-check-interval=500ms",
        "motiemonitor.replica.hikari.maximum-pool-size=2", "motiemonitor.page-cache.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTest {

    private static final StreamingReplica servers = StreamingReplica.start("motiemonitor");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                servers.close();
            } catch (java.io.IOException e) {
                // the JVM ends anyway
            }
        }, "streaming-replica-stop"));
    }

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", servers::primaryUrl);
        properties.add("motiemonitor.replica.url", servers::replicaUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private StaffClient clerk;
    private String staffPath;
    private String publicPath;
    private String apiPath;
    private long motionId;

    /** A published motion, replayed on the replica, that the clerk is about to rename. */
    @BeforeEach
    void publishedMotion() {
        clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        staffPath = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Bankjes in het park", true, "REQUEST", "twintig bankjes te plaatsen.")));
        publicPath = "/den-haag/moties/" + number.toLowerCase();
        motionId = jdbc.queryForObject("select id from motions where registration_number = ?", Long.class, number);
        apiPath = "/api/v1/moties/" + motionId;
        servers.awaitReplayed();
    }

    @Test
    @Order(1)
    void thePublicReadsTheReplicaWhileTheClerkReadsTheirOwnChangeFromThePrimary() {
        PortalClient visitor = new PortalClient(port);
        servers.pauseReplay();
        try {
            rename();

            assertThat(visitor.get(publicPath).body()).contains("Bankjes in het park").doesNotContain("Bankjes en bomen");
            assertThat(visitor.get(apiPath, "application/json").body()).contains("Bankjes in het park").doesNotContain("Bankjes en bomen");
            assertThat(clerk.get(staffPath).body()).contains("Bankjes en bomen");
            assertThat(clerk.get(publicPath).body()).contains("Bankjes en bomen");
        } finally {
            servers.resumeReplay();
        }
        awaitPublicTitle(visitor, "Bankjes en bomen", Duration.ofSeconds(10));
    }

    @Test
    @Order(2)
    void aReplicaTooFarBehindIsNotReadFrom() {
        PortalClient visitor = new PortalClient(port);
        servers.pauseReplay();
        try {
            rename();
            assertThat(visitor.get(publicPath).body()).contains("Bankjes in het park");

            awaitPublicTitle(visitor, "Bankjes en bomen", Duration.ofSeconds(20));
            assertThat(servers.onStandby("select title from motions where id = " + motionId, String.class)).isEqualTo("Bankjes in het park");
        } finally {
            servers.resumeReplay();
        }
    }

    @Test
    @Order(3)
    void publicPagesStillAnswerWhenTheReplicaIsDown() {
        servers.stopStandby();
        rename();
        PortalClient visitor = new PortalClient(port);

        assertThat(visitor.get(publicPath).statusCode()).isEqualTo(200);
        assertThat(visitor.get(publicPath).body()).contains("Bankjes en bomen");
        assertThat(visitor.get(apiPath, "application/json").body()).contains("Bankjes en bomen");
        assertThat(visitor.get("/den-haag").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/zoeken?q=bomen").body()).contains("Bankjes en bomen");
    }

    private void rename() {
        String edit = staffPath + "/bewerken";
        HtmlForm form = HtmlForm.of(clerk.get(edit).body(), edit).with("title", "Bankjes en bomen");
        assertThat(clerk.post(edit, form.fields()).statusCode()).isEqualTo(302);
    }

    private void awaitPublicTitle(PortalClient visitor, String title, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!visitor.get(publicPath).body().contains(title)) {
            assertThat(Instant.now()).as("the public page shows " + title + " in time").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
