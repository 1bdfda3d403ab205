package nl.motiemonitor.portal;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the reads of one public page in one read-only transaction: one connection from the pool and one snapshot for
 * all its statements, instead of a transaction per service call (a motion page made ten; issue 17). The page is
 * rendered after it, outside the transaction.
 */
@Component
class PageReads {

    private final TransactionTemplate reading;

    PageReads(PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    <T> T of(Supplier<T> reads) {
        return reading.execute(status -> reads.get());
    }
}
