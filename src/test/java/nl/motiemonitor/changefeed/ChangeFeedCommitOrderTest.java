package nl.motiemonitor.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Cursors follow the order of the commits, not of the writes: a reader that resumes after the last cursor it saw
 * never misses a change that was written before that one but committed after it. With a cursor taken when the change
 * is written (a plain sequence default), the first test fails: the slow transaction's change would get the smaller
 * number and be skipped.
 */
@MotiemonitorTest
@Import(Edits.class)
class ChangeFeedCommitOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Edits edits;

    @Autowired
    TransactionTemplate transactions;

    FeedClient feed;
    ExecutorService background;

    @BeforeEach
    void start() {
        feed = new FeedClient(port, jdbc);
        background = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aChangeWrittenFirstAndCommittedLastComesAfterTheCursorOfOneCommittedBeforeIt() throws Exception {
        Long body = fixtures.body("volgordedorp");
        MotionId slow = fixtures.motion(body, "V-1").requesting("langzaam te zijn.").register();
        MotionId quick = fixtures.motion(body, "V-2").requesting("snel te zijn.").register();
        long start = feed.newest();
        CountDownLatch commit = new CountDownLatch(1);

        Future<?> slowTransaction = openTransaction(commit, () -> {
            edits.addClause(body, slow, "als eerste geschreven te worden.");
            assertThat(jdbc.queryForObject("select count(*) from public_changes_pending", Long.class))
                    .as("written, not yet numbered").isOne();
        });
        edits.addClause(body, quick, "als eerste vastgelegd te worden.");

        List<JsonNode> read = feed.after(start);
        assertThat(read).extracting(FeedClient::describe).containsExactly("motion " + quick.value() + " changed");
        long resumeAfter = Long.parseLong(read.get(0).get("cursor").asString());

        commit.countDown();
        slowTransaction.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(feed.actionsAfter(resumeAfter)).containsExactly("motion " + slow.value() + " changed");
    }

    @Test
    void aTransactionHoldingCursorsKeepsOthersFromTakingAnyUntilItHasCommitted() throws Exception {
        Long body = fixtures.body("wachtdorp");
        MotionId first = fixtures.motion(body, "W-1").requesting("eerst te gaan.").register();
        MotionId second = fixtures.motion(body, "W-2").requesting("te wachten.").register();
        long start = feed.newest();
        CountDownLatch commit = new CountDownLatch(1);

        // the cursors are taken at once instead of at the commit, so the transaction holds them while it waits
        Future<?> holding = openTransaction(commit, () -> {
            jdbc.execute("set constraints public_changes_assign immediate");
            edits.addClause(body, first, "zijn nummer vast te houden.");
        });
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> waiting = other.submit(() -> edits.addClause(body, second, "op zijn beurt te wachten."));
            assertThat(eventually(() -> jdbc.queryForObject("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and wait_event = 'advisory'", Long.class) == 1))
                    .as("the second commit waits for the advisory lock").isTrue();
            assertThat(waiting).isNotDone();
            assertThat(feed.actionsAfter(start)).as("nothing is visible yet").isEmpty();

            commit.countDown();
            holding.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        // numbered at once, the first transaction's statements may each have taken a cursor of their own
        assertThat(feed.actionsAfter(start).stream().distinct()).containsExactly("motion " + first.value() + " changed",
                "motion " + second.value() + " changed");
    }

    /** Runs {@code work} in a transaction in the background, and returns once it ran; commits on {@code commit}. */
    private Future<?> openTransaction(CountDownLatch commit, Runnable work) {
        CountDownLatch done = new CountDownLatch(1);
        Future<?> transaction = background.submit(() -> transactions.executeWithoutResult(status -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
            await(commit);
        }));
        await(done);
        return transaction;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("waited too long").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
