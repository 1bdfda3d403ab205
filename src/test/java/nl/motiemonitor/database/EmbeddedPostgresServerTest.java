package nl.motiemonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development database keeps its data between runs and survives a stale pid file. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsItsDataWhenStoppedAndStartedAgain() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, "motiemonitor")) {
            execute(server, "create table kept (word text)", "insert into kept values ('afgedaan')");
        }
        assertThat(dataDirectory.resolve("postmaster.pid")).as("stopped cleanly").doesNotExist();

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDirectory, 0, "motiemonitor")) {
            assertThat(queryWord(again)).isEqualTo("afgedaan");
            assertThat(again.jdbcUrl()).contains("/motiemonitor");
        }
    }

    @Test
    void startsDespiteAPidFileLeftByAProcessThatIsGone() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0, "motiemonitor")) {
            execute(server, "create table kept (word text)", "insert into kept values ('open')");
        }
        Files.writeString(dataDirectory.resolve("postmaster.pid"), "999999999\n" + dataDirectory + "\n");

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDirectory, 0, "motiemonitor")) {
            assertThat(queryWord(again)).isEqualTo("open");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryWord(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select word from kept")) {
            result.next();
            return result.getString(1);
        }
    }
}
