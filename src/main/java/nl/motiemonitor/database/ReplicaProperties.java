package nl.motiemonitor.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL streaming replica that public pages and the API read from (docs/operations.md, "Read replica").
 * Pool settings go under {@code motiemonitor.replica.hikari.*}, as {@code spring.datasource.hikari.*} for the primary.
 *
 * @param url              JDBC URL of the replica ({@code MOTIEMONITOR_REPLICA_URL}); without it there is no replica
 * @param username         its user, else the primary's
 * @param password         its password, else the primary's
 * @param maxLag           a replica further behind than this is not read from until it catches up
 * @param lagCheckInterval how often the lag is measured (and a replica that was down is tried again)
 * @param readYourWrites   how long a browser that wrote reads the primary only: at least maxLag + lagCheckInterval,
 *                         so it never sees a page older than its own change
 */
@ConfigurationProperties("motiemonitor.replica")
record ReplicaProperties(
        String url,
        String username,
        String password,
        @DefaultValue("10s") Duration maxLag,
        @DefaultValue("2s") Duration lagCheckInterval,
        @DefaultValue("20s") Duration readYourWrites) {
}
