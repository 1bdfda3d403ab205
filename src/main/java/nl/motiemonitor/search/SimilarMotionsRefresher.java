package nl.motiemonitor.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.motiemonitor.shared.JobLease;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through {@code similar_motions_queue} (V7): every motion whose text changed, and every motion it found, gets
 * its "Elders aangenomen" list computed again, a whole batch in one set-based statement by
 * {@code similar_motions_compute} (V39). Batches are taken with {@code FOR UPDATE SKIP LOCKED}, so several instances
 * share the work; each batch is its own transaction. The queue is looked at every half second, so a saved motion's
 * list is ready within about a second. Lists older than {@link #STALE_AFTER} are queued again every night, so motions
 * adopted elsewhere since then appear, after the words' frequencies (the idf) have been counted again; by one
 * instance only ({@link JobLease}).
 */
@Component
public class SimilarMotionsRefresher {

    /** Stored per motion: twice what is shown, so that some may be unpublished later without emptying the list. */
    static final int STORED = 2 * SimilarMotions.LIMIT;
    /** About 2–7 ms a motion on the generated country: a batch holds a saved motion back for less than a second. */
    static final int BATCH = 100;
    /** Candidates taken per pair of a motion's most distinctive words (V39). */
    static final int PER_PAIR = 20;
    static final Duration STALE_AFTER = Duration.ofDays(7);
    /** Longer than the instances' nightly schedules are apart, shorter than a day. */
    static final Duration STALE_LEASE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(SimilarMotionsRefresher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean background;
    private final JobLease lease;

    SimilarMotionsRefresher(JdbcClient jdbc, TransactionTemplate transactions, JobLease lease,
            @Value("${motiemonitor.similar-motions.background:true}")
            boolean background) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.background = background;
        this.lease = lease;
    }

    @Scheduled(initialDelayString = "${motiemonitor.similar-motions.delay:PT0.5S}",
            fixedDelayString = "${motiemonitor.similar-motions.delay:PT0.5S}")
    void refreshInBackground() {
        if (background) {
            int done = refreshQueued(Duration.ofSeconds(5));
            if (done > 0) {
                log.debug("Elders aangenomen: {} moties bijgewerkt", done);
            }
        }
    }

    @Scheduled(cron = "${motiemonitor.similar-motions.stale-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
    void queueStaleListsNightly() {
        if (background) {
            lease.runOnce("search.similar-motions.stale", STALE_LEASE, this::queueStaleLists);
        }
    }

    /** Counts the words' frequencies again and queues the lists computed longer than {@link #STALE_AFTER} ago. */
    int queueStaleLists() {
        jdbc.sql("select similar_motion_lexemes_count()").query().listOfRows();
        return jdbc.sql("""
                insert into similar_motions_queue (motion_id, cascade)
                select motion_id, false from similar_motions where computed_at < now() - cast(:age as interval)
                on conflict (motion_id) do nothing""")
                .param("age", STALE_AFTER.toSeconds() + " seconds").update();
    }

    /** Computes queued lists, batch after batch, until the queue is empty or {@code budget} has passed. */
    public int refreshQueued(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int total = 0;
        int done;
        do {
            done = transactions.execute(status -> refreshBatch());
            total += done;
        } while (done > 0 && System.nanoTime() < deadline);
        return total;
    }

    private int refreshBatch() {
        return jdbc.sql("""
                with batch as (delete from similar_motions_queue q
                               where q.motion_id in (select motion_id from similar_motions_queue
                                                     order by queued_at, motion_id
                                                     limit :batch for update skip locked)
                               returning q.motion_id, q.cascade),
                     computed as (select b.motion_id, b.cascade, c.similar_ids as ids
                                  from batch b
                                  join similar_motions_compute(array(select motion_id from batch), :stored,
                                                               :perPair) c on c.motion_id = b.motion_id),
                     saved as (insert into similar_motions (motion_id, computed_at, similar_ids)
                               select motion_id, now(), ids from computed
                               on conflict (motion_id) do update
                                   set computed_at = excluded.computed_at, similar_ids = excluded.similar_ids),
                     cascaded as (insert into similar_motions_queue (motion_id, cascade)
                                  select distinct found.id, false
                                  from computed c cross join unnest(c.ids) as found(id)
                                  where c.cascade
                                    and not exists (select 1 from similar_motions s
                                                    where s.motion_id = found.id and c.motion_id = any (s.similar_ids))
                                  on conflict (motion_id) do nothing)
                select count(*) from computed""")
                .param("batch", BATCH)
                .param("stored", STORED)
                .param("perPair", PER_PAIR)
                .query(Integer.class).single();
    }
}
