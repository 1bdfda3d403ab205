package nl.motiemonitor.database;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where a read-only transaction gets its connection: the replica when the request may read from it
 * ({@link ReplicaReads}) and the replica is fit ({@link Replica#usable}); the primary otherwise, and also when the
 * replica gives no connection: a public page then answers from the primary instead of failing.
 */
final class ReplicaOrPrimary extends DelegatingDataSource {

    private final Supplier<Replica> replica;

    /** The replica as a supplier: it is made after Boot's data source, which this becomes part of. */
    ReplicaOrPrimary(DataSource primary, Supplier<Replica> replica) {
        super(primary);
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaReads.allowed() && replica.get().usable()) {
            try {
                return replica.get().connection();
            } catch (SQLException e) {
                // the replica is marked unusable; this read, and the next ones, use the primary
            }
        }
        return super.getConnection();
    }
}
