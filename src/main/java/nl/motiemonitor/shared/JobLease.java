package nl.motiemonitor.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one instance of the portal however many run it at the same moment (issue 18): each
 * instance asks for the job's row in {@code job_leases} (V41), and only the one whose
 * {@code insert ... on conflict do update ... where locked_until <= now()} takes it runs the job. The row stays
 * taken for {@code hold}, the run included and also after it, and is never given back early: an instance whose
 * schedule fires a little later than another's (other start time, clock a little off, a busy scheduler) finds it
 * taken instead of running the job a second time. Time is the database's, so the instances' clocks do not matter.
 *
 * <p>Chosen over an advisory lock ({@code pg_try_advisory_lock}) for these jobs: such a lock lasts only while its
 * holder runs, so it keeps two runs from overlapping but not from following each other seconds apart, and the
 * weekly reminders queued twice are exactly that. It also holds a connection for the whole run. A lease needs one
 * statement and no connection while the job runs; an instance that dies mid-run holds the job until its lease ends.
 * Work that is shared out row by row (the mail queue, the similar-motions queue) needs no lease: it takes its rows
 * with {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
public class JobLease {

    private static final Logger log = LoggerFactory.getLogger(JobLease.class);

    /** This instance, as the lease names it: process id and host, for whoever reads the table. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;

    JobLease(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code job} when this instance takes the lease of {@code name} for {@code hold}; returns whether it did.
     * Nobody else takes the lease until {@code hold} has passed, whether the job is done sooner or not.
     */
    public boolean runOnce(String name, Duration hold, Runnable job) {
        if (!take(name, hold)) {
            log.debug("Job {} skipped: another instance holds it", name);
            return false;
        }
        job.run();
        return true;
    }

    /**
     * The lease of a job scheduled every {@code interval}: the interval less a minute, so that the next run, on
     * whichever instance its schedule fires first, does not find the last run's lease not quite over; the whole
     * interval when that would leave less than a minute.
     */
    public static Duration forInterval(Duration interval) {
        Duration lessAMinute = interval.minusMinutes(1);
        return lessAMinute.compareTo(Duration.ofMinutes(1)) < 0 ? interval : lessAMinute;
    }

    /** Whether this instance took the lease of {@code name} for {@code hold}: free, or its time was up. */
    boolean take(String name, Duration hold) {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("A job's lease must last some time: " + hold);
        }
        return jdbc.sql("""
                insert into job_leases (name, locked_until, locked_at, locked_by)
                values (:name, now() + cast(:hold as interval), now(), :instance)
                on conflict (name) do update
                    set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
                        locked_by = excluded.locked_by
                    where job_leases.locked_until <= now()
                returning name""")
                .param("name", name).param("hold", hold.toMillis() + " milliseconds").param("instance", INSTANCE)
                .query(String.class).optional().isPresent();
    }
}
