package nl.motiemonitor.testsupport;

import nl.motiemonitor.database.DatabaseConnection;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points a test's Spring context at a fresh database of the test JVM's PostgreSQL server. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    JdbcConnectionDetails testDatabaseConnectionDetails() {
        TestPostgres.Database database = TestPostgres.freshDatabase();
        return new DatabaseConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
