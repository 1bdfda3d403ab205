package nl.motiemonitor.generator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills an empty, migrated database with a synthetic country (see {@link CountryWriter}) in one transaction:
 * COPY into every table with the search triggers and the secondary indexes out of the way, then
 * {@code search_documents} rebuilt with one {@code insert … select} per item type (from the view the search
 * triggers use, {@code search_rows} of V13) once ANALYZE has measured the loaded tables, the indexes created
 * again, the identity sequences moved past the loaded ids, the whole country announced in the change feed at once
 * ({@code public_changes_announce_all()} of V34), and ANALYZE again after the commit (docs/adr/0006-search.md).
 */
final class NationalDataGenerator {

    private static final String[] IDENTITY_TABLES = {
            "bodies", "parties", "members", "motions", "commitments", "letters", "status_changes"};
    private static final List<String> LOADED_TABLES = List.of("parties", "members", "letters", "letter_signatories",
            "motions", "clauses", "motion_sponsors", "commitments", "letter_items", "status_changes",
            "search_documents");
    /**
     * The row triggers that keep search_documents current (rebuilt in one statement instead) and that log events for
     * followers (a generated past has no events to follow), and on every loaded table but search_documents the
     * statement trigger that tells the portal's page cache of a change (one message for the whole load instead), and
     * those that collect the change feed (one 'published' per item instead: COPY through them took about 70 s more of
     * the default load, the announcement takes 3 to 4 s); they are off only inside the load transaction.
     */
    private static final String[][] TRIGGERS_OFF_DURING_LOAD = Stream.concat(Stream.of(
            new String[] {"motions", "search_motions"}, new String[] {"clauses", "search_clauses"},
            new String[] {"motion_sponsors", "search_motion_sponsors"},
            new String[] {"commitments", "search_commitments"}, new String[] {"letters", "search_letters"},
            new String[] {"motions", "item_events_published"}, new String[] {"commitments", "item_events_published"},
            new String[] {"letters", "item_events_published"},
            new String[] {"status_changes", "item_events_status_changed"},
            new String[] {"letter_items", "item_events_letter_answered"}),
            Stream.concat(LOADED_TABLES.stream().filter(table -> !table.equals("search_documents"))
                    .flatMap(table -> Stream.of(new String[] {table, "public_pages_insert"},
                            new String[] {table, "public_changes_insert"})),
                    Stream.<String[]>of(new String[] {"bodies", "public_changes_insert"})))
            .toArray(String[][]::new);

    private final GeneratorOptions options;
    private final Consumer<String> log;

    public NationalDataGenerator(GeneratorOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /** Writes the country to temporary files, then loads it. The database must be migrated and have no bodies. */
    public GenerationResult generate(Connection connection) throws SQLException {
        requireEmpty(connection);
        Path directory;
        try {
            directory = Files.createTempDirectory("motiemonitor-generate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long start = System.nanoTime();
            CountryWriter writer = new CountryWriter(options, directory);
            writer.write();
            Duration writing = Duration.ofNanos(System.nanoTime() - start);
            log.accept("Bestanden geschreven in " + seconds(writing) + ".");
            start = System.nanoTime();
            Map<String, Long> rows = load(connection, writer);
            Duration loading = Duration.ofNanos(System.nanoTime() - start);
            return new GenerationResult(rows, writing, loading);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select exists (select 1 from bodies)")) {
            result.next();
            if (result.getBoolean(1)) {
                throw new IllegalStateException("De database bevat al organen. De generator vult alleen een lege "
                        + "(gemigreerde) database; maak een nieuwe aan.");
            }
        }
    }

    private Map<String, Long> load(Connection connection, CountryWriter writer) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local synchronous_commit = off");
            statement.execute("set local maintenance_work_mem = '512MB'");
            for (String[] trigger : TRIGGERS_OFF_DURING_LOAD) {
                statement.execute("alter table " + trigger[0] + " disable trigger " + trigger[1]);
            }
            List<String> indexes = dropSecondaryIndexes(statement);

            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (CopyFile file : writer.files.values()) {
                long start = System.nanoTime();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path), 1 << 20)) {
                    rows.put(file.table, copy.copyIn(file.copySql(), in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                log.accept(String.format("%-20s %,11d rijen in %s", file.table, rows.get(file.table),
                        seconds(Duration.ofNanos(System.nanoTime() - start))));
            }
            for (String table : IDENTITY_TABLES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
            }

            // the planner must know the tables' sizes before the rebuild joins them: without statistics it hashes
            // all members and parties once per motion (minutes instead of seconds for 100,000 motions)
            long start = System.nanoTime();
            analyze(statement);
            log.accept("ANALYZE in " + seconds(Duration.ofNanos(System.nanoTime() - start)) + ".");

            start = System.nanoTime();
            rows.put("search_documents", (long) rebuildSearchDocuments(statement));
            log.accept(String.format("%-20s %,11d rijen in %s", "search_documents", rows.get("search_documents"),
                    seconds(Duration.ofNanos(System.nanoTime() - start))));

            start = System.nanoTime();
            for (String index : indexes) {
                statement.execute(index);
            }
            log.accept(indexes.size() + " indexen opnieuw aangemaakt in "
                    + seconds(Duration.ofNanos(System.nanoTime() - start)) + ".");
            start = System.nanoTime();
            try (ResultSet announced = statement.executeQuery("select public_changes_announce_all()")) {
                announced.next();
                rows.put("public_changes", announced.getLong(1));
                log.accept(String.format("%-20s %,11d rijen in %s", "public_changes", rows.get("public_changes"),
                        seconds(Duration.ofNanos(System.nanoTime() - start))));
            }
            for (String[] trigger : TRIGGERS_OFF_DURING_LOAD) {
                statement.execute("alter table " + trigger[0] + " enable trigger " + trigger[1]);
            }
            statement.execute("notify public_pages, '*'");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            analyze(statement);
        }
        log.accept("ANALYZE in " + seconds(Duration.ofNanos(System.nanoTime() - start)) + ".");
        return rows;
    }

    private static void analyze(Statement statement) throws SQLException {
        for (String table : LOADED_TABLES) {
            statement.execute("analyze " + table);
        }
        statement.execute("analyze bodies");
    }

    /** Drops the indexes that back no constraint (those are rebuilt fastest after the load) and returns their DDL. */
    private static List<String> dropSecondaryIndexes(Statement statement) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i
                join pg_class t on t.oid = i.indrelid
                where t.relnamespace = current_schema()::text::regnamespace
                  and t.relname = any (array['%s'])
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by 1""".formatted(String.join("','", LOADED_TABLES)))) {
            while (result.next()) {
                found.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        List<String> definitions = new ArrayList<>();
        for (String[] index : found) {
            statement.execute("drop index " + index[0]);
            definitions.add(index[1]);
        }
        return definitions;
    }

    /** The rows the search triggers would write (view search_rows, V13), in one statement per item type. */
    private static int rebuildSearchDocuments(Statement statement) throws SQLException {
        int rows = 0;
        for (String type : List.of("MOTION", "COMMITMENT", "LETTER")) {
            rows += statement.executeUpdate(
                    "insert into search_documents select * from search_rows where item_type = '" + type + "'");
        }
        return rows;
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // ditto
        }
    }
}
