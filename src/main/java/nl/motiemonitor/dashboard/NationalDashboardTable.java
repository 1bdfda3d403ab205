package nl.motiemonitor.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.dashboard.NationalDashboard.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest national dashboard, one row of {@code national_dashboard} (V42) that every instance serves, its figures
 * as JSON. Time is the database's, as for {@link nl.motiemonitor.shared.JobLease}: which snapshot is newer does not
 * depend on the instances' clocks.
 */
@Component
class NationalDashboardTable {

    private static final Logger log = LoggerFactory.getLogger(NationalDashboardTable.class);
    /**
     * Strict: a snapshot written by another version of the app (a record changed, both versions running during a
     * rolling deploy) is refused rather than read with figures missing.
     */
    private static final JsonMapper JSON = JsonMapper.builder().addModule(MessageJson.MODULE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /** The database's time now, and when the stored snapshot was computed (null when none is). */
    record Check(Instant now, Instant computedAt) {
    }

    private record Figures(BodyDashboard dashboard, List<BodyComparison> comparison) {
    }

    private final JdbcClient jdbc;

    NationalDashboardTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Check check() {
        return jdbc.sql("select now(), (select computed_at from national_dashboard)")
                .query((rs, row) -> new Check(instant(rs.getObject(1, OffsetDateTime.class)),
                        instant(rs.getObject(2, OffsetDateTime.class))))
                .single();
    }

    /** The stored snapshot; empty when there is none, or when this version of the app cannot read it. */
    Optional<Snapshot> load() {
        return jdbc.sql("select today, computed_at, snapshot::text from national_dashboard")
                .query((rs, row) -> read(rs.getObject(1, LocalDate.class),
                        instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3)))
                .optional().flatMap(snapshot -> snapshot);
    }

    /** Stores the snapshot unless a newer one (computed later, or for a later day) is stored; returns whether. */
    boolean store(Snapshot snapshot) {
        return jdbc.sql("""
                insert into national_dashboard (today, computed_at, snapshot)
                values (:today, :computedAt, cast(:snapshot as jsonb))
                on conflict (id) do update
                    set today = excluded.today, computed_at = excluded.computed_at, snapshot = excluded.snapshot
                    where national_dashboard.computed_at < excluded.computed_at
                          and national_dashboard.today <= excluded.today""")
                .param("today", snapshot.today())
                .param("computedAt", OffsetDateTime.ofInstant(snapshot.computedAt(), ZoneOffset.UTC))
                .param("snapshot", JSON.writeValueAsString(new Figures(snapshot.dashboard(), snapshot.comparison())))
                .update() == 1;
    }

    private static Optional<Snapshot> read(LocalDate today, Instant computedAt, String json) {
        try {
            Figures figures = JSON.readValue(json, Figures.class);
            return Optional.of(new Snapshot(today, figures.dashboard(), figures.comparison(), computedAt));
        } catch (JacksonException e) {
            log.warn("The national dashboard stored at {} cannot be read (written by another version of the app?): {}",
                    computedAt, e.getMessage());
            return Optional.empty();
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
