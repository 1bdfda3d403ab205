package nl.motiemonitor.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import nl.motiemonitor.body.BodyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records a harvest skipped because they break a rule of the council's business ({@code harvest_problems}, V37),
 * as the sources page lists them: once per source and record, until a harvest reads the record again and stores it.
 */
@Service
public class HarvestProblems {

    /**
     * A record of the source {@code sourceId} that the harvest skipped: what kind of item it is, the source's id of
     * it, why (Dutch), and when a harvest first and last read it.
     */
    public record Problem(long sourceId, SourceKind kind, HarvestedRecord.Kind recordKind, String recordId,
            String message, Instant firstSeenAt, Instant seenAt) {
    }

    private static final int MESSAGE_LENGTH = 2000;

    private final JdbcClient jdbc;

    HarvestProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The body's skipped records, by source and the oldest first. */
    @Transactional(readOnly = true)
    public List<Problem> of(BodyId body) {
        return jdbc.sql("select p.source_id, s.kind, p.record_kind, p.record_id, p.message, p.first_seen_at,"
                        + " p.seen_at from harvest_problems p join harvest_sources s on s.id = p.source_id"
                        + " where s.body_id = :body order by p.source_id, p.first_seen_at, p.id")
                .param("body", body.value()).query(HarvestProblems::problem).list();
    }

    /** The harvest skipped this record (in the transaction that stores the rest of its page). */
    @Transactional(propagation = Propagation.MANDATORY)
    void skipped(long sourceId, HarvestedRecord record, String message) {
        jdbc.sql("insert into harvest_problems (source_id, record_kind, record_id, message)"
                        + " values (:source, :kind, :record, :message) on conflict (source_id, record_kind, record_id)"
                        + " do update set message = excluded.message, seen_at = now()")
                .param("source", sourceId).param("kind", record.kind().name()).param("record", record.sourceId())
                .param("message", message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) : message)
                .update();
    }

    /** The harvest stored these records (in the transaction that stores them): what kept them out is past. */
    @Transactional(propagation = Propagation.MANDATORY)
    void stored(long sourceId, Collection<HarvestedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbc.sql("delete from harvest_problems where source_id = :source and (record_kind, record_id) in"
                        + " (select * from unnest(cast(:kinds as text[]), cast(:records as text[])))")
                .param("source", sourceId)
                .param("kinds", records.stream().map(record -> record.kind().name()).toArray(String[]::new))
                .param("records", records.stream().map(HarvestedRecord::sourceId).toArray(String[]::new))
                .update();
    }

    private static Problem problem(ResultSet rs, int row) throws SQLException {
        return new Problem(rs.getLong("source_id"), SourceKind.valueOf(rs.getString("kind")),
                HarvestedRecord.Kind.valueOf(rs.getString("record_kind")), rs.getString("record_id"),
                rs.getString("message"), rs.getTimestamp("first_seen_at").toInstant(),
                rs.getTimestamp("seen_at").toInstant());
    }
}
