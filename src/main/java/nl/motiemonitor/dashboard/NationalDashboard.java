package nl.motiemonitor.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.motiemonitor.database.ReplicaReads;
import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.JobLease;
import nl.motiemonitor.shared.PublicDataChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The national dashboard and comparison of bodies: they read every item of the country, which takes seconds, so they
 * are computed in the background and served from the latest result. With several instances of the portal (issue 18)
 * one computes it for all and stores it ({@link NationalDashboardTable}), and every instance serves that one: every
 * {@code motiemonitor.dashboards.refresh} (five minutes) the instance that takes the {@link JobLease} computes it,
 * and soon after a change of what the public may see (an item unpublished, a letter published) the instance that
 * takes a lease of {@code motiemonitor.dashboards.after-change} (30 s) does, at most once per that time after the
 * stored one was computed. A snapshot counts as computed at the database's time when its computation began.
 *
 * <p>Every instance hears a change (LISTEN public_pages) and remembers the database's time by which it had heard it
 * (the time it waited since, by {@link System#nanoTime()}, taken from the database's {@code now()} at its next look,
 * so the instances' clocks do not matter) until a snapshot computed from that time or later is stored. That is
 * usually the one of the instance that took the lease; should that one have begun before the change was heard, or
 * died, the change is still remembered and the dashboard computed once more after the wait.
 *
 * <p>Each instance keeps the latest stored snapshot in memory and looks every five seconds, on its scheduler, whether
 * a newer one is stored (one small query), and loads it: no visitor's request waits for that, and the instances show
 * the same figures at most a few seconds apart. Only when none for today is stored yet (the first start, just after
 * midnight) is it computed while the reader waits, from the primary (not a replica that may lag), and stored for the
 * other instances too. {@code motiemonitor.dashboards.background=false} (the tests) computes it on every request
 * instead, and neither stores nor schedules anything. The meter {@code motiemonitor.dashboards.national.computed}
 * counts this instance's computations.
 */
@Component
public class NationalDashboard implements MeterBinder {

    private static final String REFRESH_JOB = "dashboards.national.refresh";
    private static final String AFTER_CHANGE_JOB = "dashboards.national.after-change";

    /** The figures as computed at {@code computedAt}, for {@code today}. */
    public record Snapshot(LocalDate today, BodyDashboard dashboard, List<BodyComparison> comparison,
            Instant computedAt) {
    }

    private final Dashboards dashboards;
    private final NationalDashboardTable table;
    private final JobLease lease;
    private final Clock clock;
    private final boolean background;
    private final Duration afterChange;
    private final Duration afterChangeLease;
    private final Duration refreshLease;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    /** When ({@link System#nanoTime()}) the latest change not yet looked at was heard. */
    private final AtomicReference<Long> heard = new AtomicReference<>();
    /** The database's time by which the changes heard were, while no snapshot computed since is stored. */
    private volatile Instant changedBy;
    private final AtomicLong computations = new AtomicLong();

    NationalDashboard(Dashboards dashboards, NationalDashboardTable table, JobLease lease, Clock clock,
            @Value("${motiemonitor.dashboards.background:true}") boolean background,
            @Value("${motiemonitor.dashboards.after-change:PT30S}") Duration afterChange,
            @Value("${motiemonitor.dashboards.refresh:PT5M}") Duration refresh) {
        this.dashboards = dashboards;
        this.table = table;
        this.lease = lease;
        this.clock = clock;
        this.background = background;
        this.afterChange = afterChange;
        // a lease must last some time; with no wait after a change (a test's), a second will do
        this.afterChangeLease = afterChange.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : afterChange;
        this.refreshLease = JobLease.forInterval(refresh);
    }

    @EventListener
    void publicDataChanged(PublicDataChanged change) {
        heard.set(System.nanoTime());
    }

    /** A newer stored snapshot is loaded; after a change, once the stored one is old enough, one instance computes. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void check() {
        if (!background) {
            return;
        }
        Long heardAt = heard.get();
        long asked = System.nanoTime();
        NationalDashboardTable.Check stored = table.check();
        heard.compareAndSet(heardAt, null); // a change heard meanwhile is looked at next time
        if (heardAt != null) {
            // the database's now() came after we asked: this much earlier, at the latest, the change was heard
            Instant by = stored.now().minusNanos(asked - heardAt);
            Instant before = changedBy;
            changedBy = before == null || by.isAfter(before) ? by : before;
        }
        Snapshot kept = latest.get();
        if (stored.computedAt() != null && (kept == null || stored.computedAt().isAfter(kept.computedAt()))) {
            table.load().ifPresent(this::keep);
        }
        Instant change = changedBy;
        if (change == null || stored.computedAt() == null) {
            return; // nothing changed, or nothing to renew yet: the first reader computes it
        }
        if (!stored.computedAt().isBefore(change)) {
            changedBy = null;
        } else if (!stored.now().isBefore(stored.computedAt().plus(afterChange))) {
            lease.runOnce(AFTER_CHANGE_JOB, afterChangeLease, () -> computeAndStore(Deadline.today(clock)));
        }
    }

    @Scheduled(initialDelayString = "${motiemonitor.dashboards.delay:PT15S}",
            fixedDelayString = "${motiemonitor.dashboards.refresh:PT5M}")
    void refresh() {
        if (background) {
            lease.runOnce(REFRESH_JOB, refreshLease, () -> computeAndStore(Deadline.today(clock)));
        }
    }

    public Snapshot get(LocalDate today) {
        if (!background) {
            return compute(today, clock.instant());
        }
        Snapshot kept = latest.get();
        if (kept != null && kept.today().equals(today)) {
            return kept;
        }
        Optional<Snapshot> stored = table.load().filter(snapshot -> snapshot.today().equals(today));
        if (stored.isPresent()) {
            return keep(stored.get());
        }
        ReplicaReads.primaryOnly();
        return computeAndStore(today);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("motiemonitor.dashboards.national.computed", computations, AtomicLong::get)
                .description("Computations of the national dashboard by this instance").register(registry);
    }

    /** Computed from the database's time at the start: a snapshot is newer than every change made before it. */
    private Snapshot computeAndStore(LocalDate today) {
        Snapshot snapshot = compute(today, table.check().now());
        table.store(snapshot);
        return keep(snapshot);
    }

    private Snapshot compute(LocalDate today, Instant computedAt) {
        computations.incrementAndGet();
        return new Snapshot(today, dashboards.national(today), dashboards.comparison(today), computedAt);
    }

    /** Kept unless a newer one is; returned either way, for the caller that asked for this one's day. */
    private Snapshot keep(Snapshot snapshot) {
        latest.accumulateAndGet(snapshot, (kept, offered) -> kept != null
                && kept.computedAt().isAfter(offered.computedAt()) ? kept : offered);
        return snapshot;
    }
}
