package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is away" (a 503 that says nothing was saved) and which are ordinary errors. */
class DatabaseOutageCausesTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        // the rollback after a lost connection fails on Hikari's closed proxy, and Spring throws that instead
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aQueryOrDataErrorIsNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("Connection is closed", "XX000"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("geheime details"))).isFalse();
    }
}
