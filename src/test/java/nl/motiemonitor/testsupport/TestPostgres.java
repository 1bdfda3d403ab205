package nl.motiemonitor.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of a test JVM, started once: the embedded one from Maven Central by default, or
 * Testcontainers' {@code postgres:18} image when {@code motiemonitor.test.database=docker} (or when a Docker engine
 * is reachable and nothing else was asked). Every Spring context gets a fresh database on it, so tests never see
 * each other's data.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;

    private TestPostgres() {
    }

    /** Connection details of a new, empty database. */
    public static synchronized Database freshDatabase() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
        }
        String name = "motiemonitor_test_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(),
                server.password()); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new Database(server.jdbcUrl(name), server.username(), server.password());
    }

    public record Database(String jdbcUrl, String username, String password) {
    }

    private static Server start() {
        String wanted = System.getProperty("motiemonitor.test.database",
                System.getenv().getOrDefault("MOTIEMONITOR_TEST_DATABASE", "auto")).toLowerCase(Locale.ROOT);
        boolean docker = switch (wanted) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerLikelyAvailable();
        };
        log.info("Tests use {} PostgreSQL", docker ? "Testcontainers'" : "the embedded");
        return docker ? DockerServer.start() : EmbeddedServer.start();
    }

    private static boolean dockerLikelyAvailable() {
        boolean socket = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        return socket && DockerClientFactory.instance().isDockerAvailable();
    }

    private interface Server {
        String jdbcUrl(String database);

        String username();

        String password();

        void stop();
    }

    private record EmbeddedServer(EmbeddedPostgres postgres) implements Server {

        static EmbeddedServer start() {
            try {
                return new EmbeddedServer(EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
            }
        }

        @Override
        public String jdbcUrl(String database) {
            return postgres.getJdbcUrl("postgres", database);
        }

        @Override
        public String username() {
            return "postgres";
        }

        @Override
        public String password() {
            return null;
        }

        @Override
        public void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private record DockerServer(PostgreSQLContainer container) implements Server {

        static DockerServer start() {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
            container.start();
            return new DockerServer(container);
        }

        @Override
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
        }

        @Override
        public String username() {
            return container.getUsername();
        }

        @Override
        public String password() {
            return container.getPassword();
        }

        @Override
        public void stop() {
            container.stop();
        }
    }
}
