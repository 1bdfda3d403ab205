/**
 * Where the data lives: by default a real PostgreSQL started from binaries on Maven Central, with its data in
 * {@code ./.data/postgres}; any server named by {@code spring.datasource.url} instead. With
 * {@code motiemonitor.replica.url}, public pages and the API read from a streaming replica ({@link
 * nl.motiemonitor.database.ReplicaReads}, docs/operations.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package nl.motiemonitor.database;
