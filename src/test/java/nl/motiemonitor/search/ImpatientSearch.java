package nl.motiemonitor.search;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A search service with a time limit of the test's choosing, for tests of other modules that read searches. */
public final class ImpatientSearch {

    private ImpatientSearch() {
    }

    public static SearchService create(DataSource dataSource, PlatformTransactionManager transactions,
            Duration timeout) {
        return new SearchService(JdbcClient.create(dataSource), transactions, timeout);
    }
}
