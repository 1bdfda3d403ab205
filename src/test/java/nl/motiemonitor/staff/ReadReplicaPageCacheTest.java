package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.RenamedMotion.NEW_TITLE;
import static nl.motiemonitor.staff.RenamedMotion.OLD_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StreamingReplica;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the public page cache on, a page it keeps until the next change is rendered from the primary: rendered from a
 * replica that had not replayed the change that emptied the cache, the old page would be kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motiemonitor.replica.max-lag=1h", "motiemonitor.replica.hikari.maximum-pool-size=2",
        "motiemonitor.page-cache.enabled=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadReplicaPageCacheTest {

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

    @Test
    void aPageKeptForAnonymousVisitorsIsRenderedFromThePrimary() {
        RenamedMotion motion = RenamedMotion.published(port, jdbc);
        servers.awaitReplayed();
        StreamingReplica.awaitUsedBy(registry);
        PortalClient visitor = new PortalClient(port);
        assertThat(visitor.get(motion.publicPath).body()).contains(OLD_TITLE);
        servers.pauseReplay();
        try {
            motion.rename();

            motion.awaitNewTitle(visitor, Duration.ofSeconds(10));
            assertThat(servers.onStandby("select title from motions where id = " + motion.id, String.class))
                    .isEqualTo(OLD_TITLE);
            assertThat(visitor.get(motion.apiPath, "application/json").body()).contains(OLD_TITLE);
        } finally {
            servers.resumeReplay();
        }
    }
}
