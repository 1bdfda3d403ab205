package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.SeedDataOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On the demo data no motion is "elders aangenomen": the Den Haag motions and Groningen's 2014-11 all concern sex
 * workers, but Groningen's text (about victims of human trafficking, prostitution and shelter) shares at most one
 * telling word with any Den Haag request, and a similar motion must share two.
 */
@MotiemonitorTest
@SeedDataOnly
class SimilarMotionsSeedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SimilarMotions similar;

    @Autowired
    SimilarMotionsRefresher refresher;

    @ParameterizedTest
    @ValueSource(strings = {"/den-haag/moties/ris323480", "/den-haag/moties/ris307041", "/den-haag/moties/ris307039",
            "/groningen/moties/2014-11"})
    void theDemoMotionsHaveNoneAndNoHeading(String path) {
        refresher.refreshQueued(Duration.ofMinutes(1));
        HttpResponse<String> response = new PortalClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Elders aangenomen");
    }

    @Test
    void noMotionOfTheDemoDataFindsAnother() {
        refresher.refreshQueued(Duration.ofMinutes(1));
        assertThat(jdbc.queryForObject("select count(*) from similar_motions_queue", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from similar_motions", Long.class))
                .as("every demo motion has its (empty) list").isEqualTo(
                        jdbc.queryForObject("select count(*) from motions", Long.class));
        for (Long motion : jdbc.queryForList("select id from motions", Long.class)) {
            assertThat(similar.adoptedElsewhere(motion)).as("motion %d", motion).isEmpty();
        }
    }
}
