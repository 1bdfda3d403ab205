package nl.motiemonitor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.motiemonitor.generator.GenerateCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/backup} and {@code ops/restore} against real servers: a database with the portal's schema, a synthetic
 * country and stored original documents is backed up, restored into another, empty server, and compared table by
 * table. The servers are of the major version of the machine's pg_dump (Debian 12's is 15, which cannot dump the
 * portal's PostgreSQL 18), so this also shows that the migrations run on PostgreSQL 15. Without pg_dump it fails.
 */
class BackupRestoreTest {

    private static final String DATABASE = "motiemonitor";

    @TempDir
    static Path work;

    private static EmbeddedPostgres source;
    private static EmbeddedPostgres target;
    private static int major;
    private static Path dump;

    @BeforeAll
    static void backUpADatabaseWithStoredDocuments() throws Exception {
        major = PgDump.major();
        source = PgDump.serverOfMajor(major);
        target = PgDump.serverOfMajor(major);
        createDatabase(source, DATABASE);
        fill(url(source, DATABASE));

        Script.Result backup = Script.run("ops/backup", "--dir", work.resolve("backups").toString(),
                url(source, DATABASE));

        assertThat(backup.exit()).as(backup.output()).isZero();
        try (Stream<Path> files = Files.list(work.resolve("backups"))) {
            List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2);
            assertThat(names.get(0)).matches("motiemonitor-motiemonitor-\\d{4}-\\d\\d-\\d\\dT\\d{6}Z\\.dump");
            assertThat(names.get(1)).isEqualTo(names.get(0) + ".sha256");
            dump = work.resolve("backups").resolve(names.get(0));
        }
        assertThat(Files.readString(Path.of(dump + ".sha256")))
                .isEqualTo(sha256(dump) + "  " + dump.getFileName() + "\n");
    }

    @AfterAll
    static void stopServers() throws IOException {
        for (EmbeddedPostgres server : new EmbeddedPostgres[] {source, target}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void restoresIntoAnEmptyServerEveryRowOfEveryTable() throws Exception {
        createDatabase(target, "restored");

        Script.Result restore = Script.run("ops/restore", dump.toString(), url(target, "restored"));

        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Checksum OK").containsPattern("letter_documents\\s*\\|\\s*1\\n");
        Map<String, String> original = fingerprints(url(source, DATABASE));
        assertThat(original).containsKeys("letter_documents", "pending_imports", "motions", "flyway_schema_history")
                .hasSizeGreaterThan(30);
        assertThat(fingerprints(url(target, "restored"))).isEqualTo(original);
        // the check of the yearly restore test (docs/operations.md)
        try (Connection connection = connect(url(target, "restored")); Statement statement = connection.createStatement();
             ResultSet damaged = statement.executeQuery(
                     "select count(*) from letter_documents where encode(sha256(content), 'hex') <> sha256")) {
            damaged.next();
            assertThat(damaged.getInt(1)).isZero();
        }
    }

    @Test
    void refusesADatabaseThatHoldsTablesUnlessForced() throws Exception {
        createDatabase(target, "twice");
        assertThat(Script.run("ops/restore", dump.toString(), url(target, "twice")).exit()).isZero();
        try (Connection connection = connect(url(target, "twice")); Statement statement = connection.createStatement()) {
            statement.execute("delete from letter_documents");
        }

        Script.Result refused = Script.run("ops/restore", dump.toString(), url(target, "twice"));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("is not empty").contains("--force");
        assertThat(fingerprints(url(target, "twice")).get("letter_documents")).startsWith("0 ");

        Script.Result forced = Script.run("ops/restore", "--force", dump.toString(), url(target, "twice"));
        assertThat(forced.exit()).as(forced.output()).isZero();
        assertThat(fingerprints(url(target, "twice"))).isEqualTo(fingerprints(url(source, DATABASE)));
    }

    @Test
    void refusesADumpThatDoesNotMatchItsChecksum() throws Exception {
        Path damaged = work.resolve("damaged.dump");
        byte[] bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 1;
        Files.write(damaged, bytes);
        Files.copy(Path.of(dump + ".sha256"), Path.of(damaged + ".sha256"));
        createDatabase(target, "untouched");

        Script.Result restore = Script.run("ops/restore", damaged.toString(), url(target, "untouched"));

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.output()).contains("Checksum mismatch").doesNotContain("Restored");
        assertThat(fingerprints(url(target, "untouched"))).isEmpty();
    }

    @Test
    void refusesAPgDumpOlderThanTheServerAndNamesTheFix() throws Exception {
        Path bin = Files.createDirectories(work.resolve("old-client"));
        Path oldPgDump = bin.resolve("pg_dump");
        Files.writeString(oldPgDump, "#!/bin/sh\necho 'pg_dump (PostgreSQL) " + (major - 1) + ".3'\n");
        oldPgDump.toFile().setExecutable(true);
        Files.createSymbolicLink(bin.resolve("psql"), PgDump.onPath("psql"));

        Script.Result backup = Script.run(Map.of("PG_BIN", bin.toString()), "ops/backup",
                "--dir", work.resolve("refused").toString(), url(source, DATABASE));

        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.output()).contains("pg_dump " + (major - 1) + " cannot dump a PostgreSQL " + major + " server")
                .contains("docker compose exec -T postgres pg_dump");
        assertThat(work.resolve("refused")).doesNotExist();
    }

    /**
     * The portal's schema (Flyway, through the generator), a small synthetic country, and the stored originals: a
     * letter's PDF and a pending import, with every byte value in them.
     */
    private static void fill(String url) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(new String[] {"--url", "jdbc:" + url, "--bodies", "3", "--motions", "150",
                "--commitments", "40", "--letters", "60", "--seed", "18"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        byte[] original = new byte[2048];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) i;
        }
        try (Connection connection = connect(url);
             PreparedStatement letter = connection.prepareStatement("""
                     insert into letter_documents (letter_id, file_name, content_type, size_bytes, sha256, content,
                                                   uploaded_by)
                     select min(id), 'brief.pdf', 'application/pdf', ?, encode(sha256(?), 'hex'), ?, 'griffie'
                       from letters""");
             PreparedStatement pending = connection.prepareStatement("""
                     insert into pending_imports (id, body_id, created_by, file_name, content_type, content, text)
                     select gen_random_uuid(), min(id), 'griffie', 'motie.pdf', 'application/pdf', ?, 'De raad'
                       from bodies""")) {
            letter.setInt(1, original.length);
            letter.setBytes(2, original);
            letter.setBytes(3, original);
            assertThat(letter.executeUpdate()).isOne();
            pending.setBytes(1, original);
            assertThat(pending.executeUpdate()).isOne();
        }
    }

    /**
     * Per table of the public schema its number of rows and an MD5 of all its rows in a fixed order, and per sequence
     * its last value.
     */
    private static Map<String, String> fingerprints(String url) throws SQLException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg("
                        + "t::text, '' order by t::text)), '-') from public.\"" + table + "\" t")) {
                    row.next();
                    fingerprints.put(table, row.getString(1));
                }
            }
            // A restore that lost the sequences' positions would fail on the next insert of a new row.
            try (ResultSet sequences = statement.executeQuery("select sequencename, last_value from pg_sequences "
                    + "where schemaname = 'public' order by sequencename")) {
                while (sequences.next()) {
                    fingerprints.put("sequence " + sequences.getString(1), sequences.getString(2));
                }
            }
        }
        return fingerprints;
    }

    private static void createDatabase(EmbeddedPostgres server, String name) throws SQLException {
        try (Connection connection = connect(url(server, "postgres")); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    private static String url(EmbeddedPostgres server, String database) {
        // A libpq URI that, with "jdbc:" before it, is also a JDBC URL.
        return "postgresql://localhost:" + server.getPort() + "/" + database + "?user=postgres";
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection("jdbc:" + url);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
