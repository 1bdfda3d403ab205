package nl.motiemonitor.harvest;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.DomainRuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body's sources ({@code harvest_sources}, V35): set up by its clerks, and the state of their runs. A source whose
 * kind, address or parameters change is another source: its cursors start again.
 */
@Service
@Transactional
public class HarvestSources {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final String SELECT = "select s.id, s.body_id, s.kind, s.base_url, s.parameters::text as parameters,"
            + " s.publish, s.scheduled, s.cursor, s.resume_cursor, s.last_started_at, s.last_finished_at,"
            + " s.last_error, s.last_pages, s.created_count, s.updated_count, s.unchanged_count, s.conflict_count,"
            + " s.deleted_count, s.skipped_count, s.refused_count, exists (select 1 from pg_locks l where l.locktype = 'advisory'"
            + " and l.classid::bigint = " + HarvestLock.LOCK_CLASS + " and l.objid::bigint = s.id"
            + " and l.objsubid = 2 and l.granted) as running from harvest_sources s ";

    private final JdbcClient jdbc;

    HarvestSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body's sources, in the order they were added. */
    @Transactional(readOnly = true)
    public List<HarvestSource> of(BodyId body) {
        return jdbc.sql(SELECT + "where s.body_id = :body order by s.id").param("body", body.value())
                .query(HarvestSources::source).list();
    }

    @Transactional(readOnly = true)
    public Optional<HarvestSource> find(BodyId body, long id) {
        return jdbc.sql(SELECT + "where s.body_id = :body and s.id = :id").param("body", body.value())
                .param("id", id).query(HarvestSources::source).optional();
    }

    /** Every source of every body, by body and in the order they were added. */
    @Transactional(readOnly = true)
    public List<HarvestSource> all() {
        return jdbc.sql(SELECT + "order by s.body_id, s.id").query(HarvestSources::source).list();
    }

    @Transactional(readOnly = true)
    Optional<HarvestSource> find(long id) {
        return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(HarvestSources::source).optional();
    }

    /**
     * Adds a source to the body.
     *
     * @throws DomainRuleViolation when the body has this source already
     */
    public long add(BodyId body, SourceSetup setup) {
        try {
            return jdbc.sql("insert into harvest_sources (body_id, kind, base_url, parameters, publish, scheduled)"
                            + " values (:body, :kind, :url, cast(:parameters as jsonb), :publish, :scheduled)"
                            + " returning id")
                    .param("body", body.value()).params(setupParameters(setup)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new DomainRuleViolation("rule.harvest.sourceTwice", setup.kind().label(), setup.baseUrl().toString());
        }
    }

    /**
     * Changes the body's source; when it reads elsewhere now (kind, address or parameters), its next run starts
     * from the beginning.
     *
     * @throws DomainRuleViolation when the body has this source already
     */
    public void change(BodyId body, long id, SourceSetup setup) {
        try {
            jdbc.sql("update harvest_sources set cursor = case when (kind, base_url, parameters)"
                            + " = (:kind, :url, cast(:parameters as jsonb)) then cursor end,"
                            + " resume_cursor = case when (kind, base_url, parameters)"
                            + " = (:kind, :url, cast(:parameters as jsonb)) then resume_cursor end,"
                            + " kind = :kind, base_url = :url, parameters = cast(:parameters as jsonb),"
                            + " publish = :publish, scheduled = :scheduled where id = :id and body_id = :body")
                    .params(setupParameters(setup)).param("id", id).param("body", body.value()).update();
        } catch (DuplicateKeyException e) {
            throw new DomainRuleViolation("rule.harvest.sourceTwice", setup.kind().label(), setup.baseUrl().toString());
        }
    }

    /** Removes the body's source; what it harvested stays, with its source. */
    public void remove(BodyId body, long id) {
        jdbc.sql("delete from harvest_sources where id = :id and body_id = :body").param("id", id)
                .param("body", body.value()).update();
    }

    /** A run begins: its counts start at nothing, and show as it goes. */
    void started(long id) {
        jdbc.sql("update harvest_sources set last_started_at = now(), last_finished_at = null, last_error = null,"
                        + " last_pages = 0, created_count = 0, updated_count = 0, unchanged_count = 0,"
                        + " conflict_count = 0, deleted_count = 0, skipped_count = 0, refused_count = 0"
                        + " where id = :id")
                .param("id", id).update();
    }

    /**
     * A page is stored (in the caller's transaction, with the page's records): the run goes on at its next cursor,
     * or, after the last page, at its resume cursor.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void pageStored(long id, HarvestPage page, HarvestCounts counts) {
        jdbc.sql("update harvest_sources set cursor = cast(:cursor as text),"
                        + " resume_cursor = case when :last then cast(:resume as text) else resume_cursor end,"
                        + " last_pages = last_pages + 1, created_count = created_count + :created,"
                        + " updated_count = updated_count + :updated, unchanged_count = unchanged_count + :unchanged,"
                        + " conflict_count = conflict_count + :conflicts, deleted_count = deleted_count + :deleted,"
                        + " skipped_count = skipped_count + :skipped, refused_count = refused_count + :refused"
                        + " where id = :id")
                .param("cursor", page.nextCursor()).param("last", page.last()).param("resume", page.resumeCursor())
                .param("created", counts.created()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("conflicts", counts.conflicts())
                .param("deleted", counts.deleted()).param("skipped", counts.skipped()).param("refused", counts.refused()).param("id", id)
                .update();
    }

    /** The run ended: well ({@code error} null), or with this error (Dutch). */
    void finished(long id, String error) {
        jdbc.sql("update harvest_sources set last_finished_at = now(), last_error = cast(:error as text) where id = :id")
                .param("error", error).param("id", id).update();
    }

    private static Map<String, Object> setupParameters(SourceSetup setup) {
        return Map.of("kind", setup.kind().name(), "url", setup.baseUrl().toString(),
                "parameters", JSON.writeValueAsString(new java.util.TreeMap<>(setup.parameters())),
                "publish", setup.publish(), "scheduled", setup.scheduled());
    }

    private static HarvestSource source(ResultSet rs, int row) throws SQLException {
        SourceSetup setup = new SourceSetup(SourceKind.valueOf(rs.getString("kind")), URI.create(rs.getString("base_url")),
                JSON.readValue(rs.getString("parameters"), PARAMETERS), rs.getBoolean("publish"),
                rs.getBoolean("scheduled"));
        HarvestCounts counts = new HarvestCounts(rs.getInt("created_count"), rs.getInt("updated_count"),
                rs.getInt("unchanged_count"), rs.getInt("conflict_count"), rs.getInt("deleted_count"),
                rs.getInt("skipped_count"), rs.getInt("refused_count"));
        return new HarvestSource(rs.getLong("id"), rs.getLong("body_id"), setup, rs.getString("cursor"),
                rs.getString("resume_cursor"), instant(rs.getTimestamp("last_started_at")),
                instant(rs.getTimestamp("last_finished_at")), rs.getString("last_error"), rs.getInt("last_pages"),
                counts, rs.getBoolean("running"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
