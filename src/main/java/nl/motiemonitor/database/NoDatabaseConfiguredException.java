package nl.motiemonitor.database;

/** The production jar was started without {@code spring.datasource.url}; it has no embedded database to fall back on. */
class NoDatabaseConfiguredException extends RuntimeException {

    NoDatabaseConfiguredException() {
        super("No database configured: spring.datasource.url is not set and the embedded PostgreSQL is not on the "
                + "class path");
    }
}
