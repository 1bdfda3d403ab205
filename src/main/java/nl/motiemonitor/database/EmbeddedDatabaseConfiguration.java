package nl.motiemonitor.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured (and the binaries are on the
 * class path, which they are for {@code spring-boot:run} and the tests, not in the production jar). Boot's own
 * data source then connects to it through {@link JdbcConnectionDetails}, keeping the usual Hikari settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnNoDatabaseUrl
@ConditionalOnBooleanProperty(name = "motiemonitor.embedded-database.enabled", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port(), properties.database());
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
        return new DatabaseConnection(server.jdbcUrl(), server.username(), null);
    }
}
