package nl.motiemonitor.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.PublicDataChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The national dashboard and comparison of bodies, computed in the background every few minutes (they read every
 * item of the country, which takes seconds) and served from the latest result; only when there is none for today
 * yet is it computed while the reader waits. A change of what the public may see (an item unpublished, a letter
 * published) makes it computed again soon, at most once per {@code motiemonitor.dashboards.after-change} (30 s).
 *
 * <p>With several instances each computes its own, on purpose (no {@code JobLease}): the result is kept in this
 * instance's memory, so an instance that skipped the computation would go on serving its old figures, and the
 * change that should make them new is heard by every instance (LISTEN public_pages). The cost is one read of the
 * country's items per instance every five minutes, read-only and spread over the instances' own schedules.
 */
@Component
public class NationalDashboard {

    /** The figures as computed at {@code computedAt}, for {@code today}. */
    public record Snapshot(LocalDate today, BodyDashboard dashboard, List<BodyComparison> comparison,
            Instant computedAt) {
    }

    private final Dashboards dashboards;
    private final Clock clock;
    private final boolean background;
    private final Duration afterChange;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    NationalDashboard(Dashboards dashboards, Clock clock,
            @Value("${motiemonitor.dashboards.background:true}") boolean background,
            @Value("${motiemonitor.dashboards.after-change:PT30S}") Duration afterChange) {
        this.dashboards = dashboards;
        this.clock = clock;
        this.background = background;
        this.afterChange = afterChange;
    }

    @EventListener
    void publicDataChanged(PublicDataChanged change) {
        changed.set(true);
    }

    /** After a change, once the last computation is old enough: computed again, then served. */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void refreshAfterChange() {
        Snapshot snapshot = latest.get();
        if (background && snapshot != null
                && !clock.instant().isBefore(snapshot.computedAt().plus(afterChange)) && changed.getAndSet(false)) {
            compute(Deadline.today(clock));
        }
    }

    @Scheduled(initialDelayString = "${motiemonitor.dashboards.delay:PT15S}",
            fixedDelayString = "${motiemonitor.dashboards.refresh:PT5M}")
    void refresh() {
        if (background) {
            compute(Deadline.today(clock));
        }
    }

    public Snapshot get(LocalDate today) {
        Snapshot snapshot = latest.get();
        return snapshot != null && snapshot.today().equals(today) && background ? snapshot : compute(today);
    }


    private Snapshot compute(LocalDate today) {
        Snapshot snapshot = new Snapshot(today, dashboards.dashboard(null, today), dashboards.comparison(today),
                clock.instant());
        latest.set(snapshot);
        return snapshot;
    }
}
