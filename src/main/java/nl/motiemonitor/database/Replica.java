package nl.motiemonitor.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming replica: its own connection pool, and whether it is fit to read from now. Every lagCheckInterval it
 * notes the primary's WAL position and asks how far the replica has replayed; the replica is as old as the last noted
 * position it has replayed. Too far behind, unreachable or not a standby, it is not read from until a check finds it
 * fit again; a request that fails to get a connection marks it so at once.
 */
final class Replica implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);
    private static final int MAX_SAMPLES = 1_000;
    private static final String WAL_POSITION = "select pg_current_wal_insert_lsn() - '0/0'::pg_lsn";
    private static final String REPLAYED_POSITION =
            "select case when pg_is_in_recovery() then pg_last_wal_replay_lsn() - '0/0'::pg_lsn end";

    private record Sample(Instant at, long walPosition) {
    }

    private final HikariDataSource pool;
    private final DataSource primary;
    private final Duration maxLag;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final ScheduledExecutorService checks;
    private volatile boolean usable;
    private volatile Duration lag;

    Replica(HikariDataSource pool, DataSource primary, ReplicaProperties properties) {
        this.pool = pool;
        this.primary = primary;
        this.maxLag = properties.maxLag();
        this.checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "replica-lag");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.lagCheckInterval().toMillis();
        checks.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** Whether reads may go to the replica now. */
    boolean usable() {
        return usable;
    }

    /** How far behind the replica was at the last check; null when unknown (unreachable, or just started). */
    Duration lag() {
        return lag;
    }

    /**
     * A connection that answers. Checked each time, one round trip: the pool does not check a connection it used in
     * the last half second, and one to a replica that stopped since then would fail the page instead of falling back.
     */
    Connection connection() throws SQLException {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            unusable("no connection (" + e.getMessage() + ")");
            throw e;
        }
        if (!connection.isValid(1)) {
            connection.close();
            unusable("its connection does not answer");
            throw new SQLException("The replica does not answer");
        }
        return connection;
    }

    synchronized void check() {
        try {
            Sample now = new Sample(Instant.now(), position(primary, WAL_POSITION));
            Long replayed = position(pool, REPLAYED_POSITION);
            if (replayed == null) {
                lag = null;
                unusable("it is not a standby (pg_is_in_recovery() is false)");
                return;
            }
            samples.addLast(now);
            while (samples.size() > MAX_SAMPLES || samples.size() > 1 && replayedBy(replayed, secondSample())) {
                samples.removeFirst();
            }
            Sample newestReplayed = samples.getFirst();
            lag = replayedBy(replayed, newestReplayed) ? Duration.between(newestReplayed.at(), now.at()) : null;
            if (lag != null && lag.compareTo(maxLag) <= 0) {
                usable(lag);
            } else {
                unusable(lag == null ? "its lag is unknown" : "it is " + lag.toSeconds() + " s behind");
            }
        } catch (SQLException | RuntimeException e) {
            samples.clear();
            lag = null;
            unusable("no answer (" + e.getMessage() + ")");
        }
    }

    private Sample secondSample() {
        return samples.stream().skip(1).findFirst().orElseThrow();
    }

    private static boolean replayedBy(long replayed, Sample sample) {
        return sample.walPosition() <= replayed;
    }

    private static Long position(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            long position = result.getLong(1);
            return result.wasNull() ? null : position;
        }
    }

    private void usable(Duration lag) {
        if (!usable) {
            log.info("Public pages read from the replica ({} ms behind)", lag.toMillis());
        }
        usable = true;
    }

    private void unusable(String reason) {
        if (usable) {
            log.warn("Public pages read from the primary: the replica is not used, {}", reason);
        }
        usable = false;
    }

    @Override
    public void close() {
        usable = false;
        checks.shutdownNow();
        pool.close();
    }
}
