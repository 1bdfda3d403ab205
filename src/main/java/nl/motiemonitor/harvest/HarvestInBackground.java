package nl.motiemonitor.harvest;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Harvests in the background, never in a request's thread, one run after the other in this instance: a clerk's "Nu
 * oogsten", and every {@code motiemonitor.harvest.interval} (six hours) every source on the schedule, one at a time.
 * Another instance harvesting the same source makes a run wait for nothing: it is skipped ({@link HarvestLock}).
 * With several instances, one of them starts the scheduled round ({@link JobLease}, held for the interval less a
 * minute): the others would otherwise harvest every source again right after it, asking the sources for nothing new.
 * {@code motiemonitor.harvest.background=false} turns the schedule off (tests, the {@code harvest} command).
 */
@Service
public class HarvestInBackground {

    private static final Logger LOG = LoggerFactory.getLogger(HarvestInBackground.class);

    private final Harvester harvester;
    private final HarvestSources sources;
    private final boolean scheduled;
    private final JobLease lease;
    private final Duration roundLease;
    /** A scheduled round waits or runs: the next one is not queued behind it. */
    private final AtomicBoolean roundPending = new AtomicBoolean();
    private final ExecutorService runs = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "oogst");
        thread.setDaemon(true);
        return thread;
    });

    HarvestInBackground(Harvester harvester, HarvestSources sources,
            @Value("${motiemonitor.harvest.background:true}") boolean scheduled, JobLease lease,
            @Value("${motiemonitor.harvest.interval:PT6H}") Duration interval) {
        this.harvester = harvester;
        this.sources = sources;
        this.scheduled = scheduled;
        this.lease = lease;
        this.roundLease = JobLease.forInterval(interval);
    }

    /**
     * Starts harvesting the body's source in the background: on from where the last run stopped, or ({@code fromStart})
     * the whole source again, e.g. to store records skipped before that the source has not changed since.
     *
     * @return false when the body has no such source
     */
    public boolean start(BodyId body, long sourceId, boolean fromStart) {
        if (sources.find(body, sourceId).isEmpty()) {
            return false;
        }
        HarvestOptions options = fromStart ? new HarvestOptions(true, 0) : HarvestOptions.NEXT;
        runs.execute(() -> run(sourceId, options));
        return true;
    }

    @Scheduled(initialDelayString = "${motiemonitor.harvest.delay:PT5M}",
            fixedDelayString = "${motiemonitor.harvest.interval:PT6H}")
    void harvestScheduledSources() {
        if (scheduled && roundPending.compareAndSet(false, true)) {
            boolean queued = false;
            try {
                queued = lease.runOnce("harvest.scheduled-round", roundLease, this::queueRound);
            } finally {
                if (!queued) {
                    roundPending.set(false);
                }
            }
        }
    }

    private void queueRound() {
        runs.execute(() -> {
            try {
                sources.all().stream().filter(source -> source.setup().scheduled())
                        .forEach(source -> run(source.id(), HarvestOptions.NEXT));
            } finally {
                roundPending.set(false);
            }
        });
    }

    private void run(long sourceId, HarvestOptions options) {
        try {
            harvester.harvest(sourceId, options);
        } catch (RuntimeException e) {
            LOG.error("Oogst van bron {} mislukt", sourceId, e);
        }
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
    }
}
