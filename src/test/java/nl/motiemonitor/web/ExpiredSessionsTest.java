package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expired sessions are deleted by the portal's scheduled work, once for all instances; Spring Session runs none. */
@MotiemonitorTest
class ExpiredSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExpiredSessions expiredSessions;

    @Test
    void anExpiredSessionIsDeletedAndALiveOneKept() {
        StaffClient expired = StaffClient.clerk(port, jdbc, "den-haag");
        StaffClient alive = StaffClient.clerk(port, jdbc, "den-haag");
        assertThat(sessionsOf(expired)).isEqualTo(1);
        jdbc.update("update spring_session set expiry_time = 0 where principal_name = ?", expired.username());
        jdbc.update("delete from job_leases where name = 'sessions.expired'");

        expiredSessions.deleteExpired();

        assertThat(sessionsOf(expired)).isZero();
        assertThat(sessionsOf(alive)).isEqualTo(1);
        assertThat(alive.get("/beheer").statusCode()).isEqualTo(200);
        assertThat(expired.get("/beheer").location()).contains("/login");
    }

    @Test
    void theCleanupRunsOnceWhileItsLeaseLasts() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        jdbc.update("delete from job_leases where name = 'sessions.expired'");
        expiredSessions.deleteExpired();
        jdbc.update("update spring_session set expiry_time = 0 where principal_name = ?", clerk.username());

        expiredSessions.deleteExpired();

        assertThat(sessionsOf(clerk)).as("another instance's run a moment ago holds the lease").isEqualTo(1);
    }

    @Test
    void springSessionSchedulesNoCleanupOfItsOwn() {
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("spring-session-"));
    }

    private int sessionsOf(StaffClient clerk) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                clerk.username());
    }
}
