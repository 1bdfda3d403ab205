package nl.motiemonitor.harvest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * One run of a source at a time, whichever instance of the portal starts it: a PostgreSQL advisory lock on the
 * source, held on a connection of its own for the whole run. The database lets it go when that connection closes, so
 * an instance that dies holds no source. {@code pg_locks} shows it ({@link HarvestSources}: "running").
 */
@Component
class HarvestLock {

    /** The first key of every harvest's lock (the second is the source's id): issue 16. */
    static final int LOCK_CLASS = 1_600_016;

    private final DataSource dataSource;

    HarvestLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The work's result, done holding the source's lock; empty when another run holds it. */
    <T> Optional<T> whileHeld(long sourceId, Supplier<T> work) {
        int key = Math.toIntExact(sourceId);
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", key)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("De oogst kon de bron niet vastzetten: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_CLASS);
            statement.setInt(2, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
