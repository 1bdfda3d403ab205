package nl.motiemonitor.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is given.
 *
 * @param enabled       start it at all (tests switch it off and bring their own server)
 * @param dataDirectory where its data lives between runs
 * @param port          0 picks a free local port
 * @param database      the database the application uses inside it
 */
@ConfigurationProperties("motiemonitor.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(".data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("motiemonitor") String database) {
}
