package nl.motiemonitor.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The harvest's conflicts with clerks' edits ({@code harvest_conflicts}, V35): at most one open per item and field,
 * updated when the source's value changes again; a clerk's choice to keep their own value is remembered, so the same
 * value of the source is not raised again.
 */
@Component
class ConflictStore {

    /** One conflict as stored: values in the harvest's own notation (see {@link FieldValues}). */
    record Conflict(long id, long bodyId, ItemRef item, String field, String harvested, String current,
            Instant seenAt) {
    }

    private final JdbcClient jdbc;

    ConflictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the source says {@code harvested} of the field where the item has {@code current}.
     *
     * @return whether that is new: no open conflict of the field, or one with another value of the source
     */
    boolean record(long bodyId, ItemRef item, String field, String harvested, String current) {
        Optional<String> open = jdbc.sql("select coalesce(harvested_value, '') from harvest_conflicts where "
                        + item.column() + " = :item and field = :field and resolved_at is null")
                .param("item", item.id()).param("field", field).query(String.class).optional();
        if (open.isPresent() && open.get().equals(harvested == null ? "" : harvested)) {
            return false;
        }
        if (open.isPresent()) {
            jdbc.sql("update harvest_conflicts set harvested_value = :harvested, current_value = :current,"
                            + " seen_at = now() where " + item.column() + " = :item and field = :field"
                            + " and resolved_at is null")
                    .param("harvested", harvested).param("current", current).param("item", item.id())
                    .param("field", field).update();
        } else {
            jdbc.sql("insert into harvest_conflicts (body_id, " + item.column() + ", field, harvested_value,"
                            + " current_value) values (:body, :item, :field, :harvested, :current)")
                    .param("body", bodyId).param("item", item.id()).param("field", field)
                    .param("harvested", harvested).param("current", current).update();
        }
        return true;
    }

    /** Whether a clerk chose to keep their own value against this value of the source. */
    boolean keptOwn(ItemRef item, String field, String harvested) {
        return jdbc.sql("select exists (select 1 from harvest_conflicts where " + item.column() + " = :item"
                        + " and field = :field and resolution = 'OWN' and harvested_value is not distinct from"
                        + " cast(:harvested as text))")
                .param("item", item.id()).param("field", field).param("harvested", harvested)
                .query(Boolean.class).single();
    }

    /** Closes the open conflict of a field whose value is the source's again (a clerk typed it): nothing to decide. */
    void settled(ItemRef item, String field) {
        jdbc.sql("update harvest_conflicts set resolved_at = now(), resolved_by = :by, resolution = 'SOURCE'"
                        + " where " + item.column() + " = :item and field = :field and resolved_at is null")
                .param("by", HarvestContext.ACTOR).param("item", item.id()).param("field", field).update();
    }

    /** The body's open conflicts, oldest first. */
    List<Conflict> open(long bodyId) {
        return select("").param("body", bodyId).query(ConflictStore::conflict).list();
    }

    /** The body's open conflict with this id. */
    Optional<Conflict> open(long bodyId, long id) {
        return select(" and id = :id").param("body", bodyId).param("id", id).query(ConflictStore::conflict)
                .optional();
    }

    private JdbcClient.StatementSpec select(String condition) {
        return jdbc.sql("select id, body_id, motion_id, commitment_id, letter_id, field, harvested_value,"
                + " current_value, seen_at from harvest_conflicts where body_id = :body and resolved_at is null"
                + condition + " order by seen_at, id");
    }

    private static Conflict conflict(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Conflict(rs.getLong("id"), rs.getLong("body_id"), item(rs), rs.getString("field"),
                rs.getString("harvested_value"), rs.getString("current_value"),
                rs.getTimestamp("seen_at").toInstant());
    }

    void resolve(long id, String resolution, String by) {
        jdbc.sql("update harvest_conflicts set resolved_at = now(), resolved_by = :by, resolution = :resolution"
                        + " where id = :id and resolved_at is null")
                .param("by", by).param("resolution", resolution).param("id", id).update();
    }

    private static ItemRef item(java.sql.ResultSet rs) throws java.sql.SQLException {
        for (HarvestedRecord.Kind kind : HarvestedRecord.Kind.values()) {
            ItemRef probe = new ItemRef(kind, 0);
            long id = rs.getLong(probe.column());
            if (!rs.wasNull()) {
                return new ItemRef(kind, id);
            }
        }
        throw new IllegalStateException("Een conflict zonder onderdeel.");
    }
}
