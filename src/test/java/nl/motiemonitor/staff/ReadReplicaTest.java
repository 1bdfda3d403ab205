package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.RenamedMotion.NEW_TITLE;
import static nl.motiemonitor.staff.RenamedMotion.OLD_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import nl.motiemonitor.testsupport.PortalClient;
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
 * The portal on a primary with a real streaming replica (docs/operations.md, "Read replica"), the public page cache
 * off. Replay on the replica is paused to tell the two apart: a page with the title from before a change was read
 * from the replica.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motiemonitor.replica.max-lag=8s", "motiemonitor.replica.lag-check-interval=500ms",
        "motiemonitor.replica.hikari.maximum-pool-size=2", "motiemonitor.page-cache.enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTest {

    private static final StreamingReplica servers = StreamingReplica.startForThisJvm("motiemonitor");

    @DynamicPropertySource
    static void primaryAndReplica(DynamicPropertyRegistry properties) {
        servers.configure(properties);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    private RenamedMotion motion;

    @BeforeEach
    void publishedMotionKnownToTheReplica() {
        motion = RenamedMotion.published(port, jdbc);
        servers.awaitReplayed();
        StreamingReplica.awaitUsedBy(registry);
    }

    @Test
    @Order(1)
    void thePublicReadsTheReplicaWhileTheClerkReadsTheirOwnChangeFromThePrimary() {
        PortalClient visitor = new PortalClient(port);
        servers.pauseReplay();
        try {
            motion.rename();

            assertThat(visitor.get(motion.publicPath).body()).contains(OLD_TITLE).doesNotContain(NEW_TITLE);
            assertThat(visitor.get(motion.apiPath, "application/json").body()).contains(OLD_TITLE)
                    .doesNotContain(NEW_TITLE);
            assertThat(motion.clerk.get(motion.staffPath).body()).contains(NEW_TITLE);
            assertThat(motion.clerk.get(motion.publicPath).body()).contains(NEW_TITLE);
        } finally {
            servers.resumeReplay();
        }
        motion.awaitNewTitle(visitor, Duration.ofSeconds(10));
    }

    @Test
    @Order(2)
    void aReplicaTooFarBehindIsNotReadFrom() {
        PortalClient visitor = new PortalClient(port);
        servers.pauseReplay();
        try {
            motion.rename();
            assertThat(visitor.get(motion.publicPath).body()).contains(OLD_TITLE);

            motion.awaitNewTitle(visitor, Duration.ofSeconds(20));
            assertThat(servers.onStandby("select title from motions where id = " + motion.id, String.class))
                    .isEqualTo(OLD_TITLE);
        } finally {
            servers.resumeReplay();
        }
    }

    @Test
    @Order(3)
    void publicPagesStillAnswerWhenTheReplicaIsDown() {
        servers.stopStandby();
        motion.rename();
        PortalClient visitor = new PortalClient(port);

        assertThat(visitor.get(motion.publicPath).statusCode()).isEqualTo(200);
        assertThat(visitor.get(motion.publicPath).body()).contains(NEW_TITLE);
        assertThat(visitor.get(motion.apiPath, "application/json").body()).contains(NEW_TITLE);
        assertThat(visitor.get("/den-haag").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/zoeken?q=bomen").body()).contains(NEW_TITLE);
    }
}
