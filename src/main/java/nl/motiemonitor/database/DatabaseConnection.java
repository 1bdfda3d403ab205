package nl.motiemonitor.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Where Boot's data source connects to, when the application (or a test) decides it rather than the properties. */
public record DatabaseConnection(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
