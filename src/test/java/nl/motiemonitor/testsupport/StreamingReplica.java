package nl.motiemonitor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL 18 primary and a hot standby streaming from it, both run from the embedded binaries. The standby is
 * made from a base backup taken with PostgreSQL's low-level API (pg_backup_start, a copy of the data directory,
 * pg_backup_stop's backup_label), because the embedded binaries have no pg_basebackup: see "Making a Base Backup Using
 * the Low Level API" in PostgreSQL's manual. A physical replication slot keeps the WAL the standby still needs.
 */
public final class StreamingReplica implements AutoCloseable {

    private static final String SLOT = "replica";
    /** Left out of the copy: the running server's own files, its WAL (streamed instead) and its slots. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final List<String> COPIED_EMPTY = List.of("pg_wal", "pg_replslot");

    private final Path directory;
    private final EmbeddedPostgres primary;
    private final String database;
    private EmbeddedPostgres standby;

    private StreamingReplica(Path directory, EmbeddedPostgres primary, String database) {
        this.directory = directory;
        this.primary = primary;
        this.database = database;
    }

    /** A primary with an empty {@code database}, and a standby of it that accepts reads. */
    public static StreamingReplica start(String database) {
        try {
            // below target/, so a run whose JVM ended before the shutdown hook deleted it leaves nothing after a clean
            Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "streaming-replica");
            EmbeddedPostgres primary = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("primary"))
                    .setServerConfig("wal_level", "replica")
                    .setServerConfig("max_wal_senders", "4")
                    .setServerConfig("max_replication_slots", "4")
                    .start();
            StreamingReplica replica = new StreamingReplica(directory, primary, database);
            replica.onPrimary("create database " + database);
            replica.startStandby();
            return replica;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start a primary with a streaming replica", e);
        }
    }

    private void startStandby() throws IOException, SQLException {
        Path copy = directory.resolve("standby");
        try (Connection backup = connect(primary.getPort(), "postgres"); Statement statement = backup.createStatement()) {
            statement.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
            statement.execute("select pg_backup_start('replica', true)");
            copyDataDirectory(directory.resolve("primary"), copy);
            try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(copy.resolve("backup_label"), stop.getString(1));
            }
        }
        Files.createFile(copy.resolve("standby.signal"));
        Files.writeString(copy.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port="
                + primary.getPort() + " user=postgres application_name=replica'\nprimary_slot_name = '" + SLOT + "'\n");
        standby = EmbeddedPostgres.builder().setDataDirectory(copy).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
        if (!Boolean.TRUE.equals(onStandby("select pg_is_in_recovery()", Boolean.class))) {
            throw new IllegalStateException("The copy started as a primary, not as a standby");
        }
        awaitReplayed();
    }

    private static void copyDataDirectory(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative.toString());
                if (NOT_COPIED.contains(relative.toString()) || relative.getNameCount() > 1
                        && COPIED_EMPTY.contains(relative.getName(0).toString())) {
                    continue;
                }
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
                    } else {
                        Files.copy(file, target);
                    }
                } catch (NoSuchFileException gone) {
                    // a temporary file of the running server, gone since the walk saw it
                }
            }
        }
        Files.createDirectories(to.resolve("pg_wal/archive_status"));
    }

    /** Started once, and stopped when the test JVM ends (after the Spring contexts on it are closed). */
    public static StreamingReplica startForThisJvm(String database) {
        StreamingReplica servers = start(database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                servers.close();
            } catch (IOException e) {
                // the JVM ends anyway
            }
        }, "streaming-replica-stop"));
        return servers;
    }

    /** Points the application at the primary and its replica. */
    public void configure(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", this::primaryUrl);
        properties.add("motiemonitor.replica.url", this::replicaUrl);
    }

    public String primaryUrl() {
        return url(primary.getPort());
    }

    public String replicaUrl() {
        return url(standby.getPort());
    }

    private String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    /** Waits until the standby has replayed everything the primary has written so far. */
    /**
     * Waits until the app reads from the replica (its gauge motiemonitor.replica.used is 1): the app checks the
     * replica every lag-check-interval and falls back to the primary until a check finds it fit, which on a loaded
     * machine can be after the test's first request.
     */
    public static void awaitUsedBy(MeterRegistry registry) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (registry.get("motiemonitor.replica.used").gauge().value() != 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The app did not start reading from the replica");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public void awaitReplayed() {
        try {
            String written = onPrimary("select pg_current_wal_insert_lsn()::text");
            Instant deadline = Instant.now().plusSeconds(30);
            while (!Boolean.TRUE.equals(onStandby("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn",
                    Boolean.class))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The standby did not replay up to " + written);
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void pauseReplay() {
        standbyStatement("select pg_wal_replay_pause()");
    }

    public void resumeReplay() {
        standbyStatement("select pg_wal_replay_resume()");
    }

    /** What the standby answers to a query of one value, in the application's database. */
    public <T> T onStandby(String query, Class<T> type) {
        try (Connection connection = connect(standby.getPort(), database);
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getObject(1, type) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stopStandby() {
        try {
            standby.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void standbyStatement(String sql) {
        try (Connection connection = connect(standby.getPort(), database);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String onPrimary(String sql) throws SQLException {
        try (Connection connection = connect(primary.getPort(), "postgres");
                Statement statement = connection.createStatement()) {
            if (!statement.execute(sql)) {
                return null;
            }
            try (ResultSet result = statement.getResultSet()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", null);
    }

    @Override
    public void close() throws IOException {
        try {
            standby.close();
        } finally {
            primary.close();
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
