package nl.motiemonitor.web;

import java.time.Duration;

import nl.motiemonitor.shared.JobLease;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from PostgreSQL once a minute, on one instance ({@link JobLease}), on the portal's own
 * scheduler: instead of the cleanup Spring Session JDBC schedules itself ({@code spring.session.jdbc.cleanup-cron=-}),
 * which every instance ran and which, on a scheduler of its own, logged an error with its stack trace every minute
 * while the database was away. Here a run that meets an outage is one warning line (DatabaseOutageConfiguration).
 */
@Component
class ExpiredSessions {

    private static final Duration LEASE = Duration.ofSeconds(50);

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;
    private final JobLease lease;

    ExpiredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions, JobLease lease) {
        this.sessions = sessions;
        this.lease = lease;
    }

    @Scheduled(cron = "${motiemonitor.sessions.cleanup-cron:0 * * * * *}")
    void deleteExpired() {
        sessions.ifAvailable(repository -> lease.runOnce("sessions.expired", LEASE,
                repository::cleanUpExpiredSessions));
    }
}
