package nl.motiemonitor.changefeed;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the change feed's entries, which the database writes (V34): only committed ones, and those in order. */
@Repository
class PublicChanges {

    private final JdbcClient jdbc;

    PublicChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first {@code limit} changes after {@code cursor}, oldest first. */
    List<PublicChange> after(long cursor, int limit) {
        return jdbc.sql("""
                select cursor, changed_at, item_type, item_id, body_id, action from public_changes
                where cursor > :cursor order by cursor limit :limit""")
                .param("cursor", cursor).param("limit", limit)
                .query((rs, row) -> new PublicChange(rs.getLong("cursor"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("item_type"),
                        rs.getLong("item_id"), rs.getLong("body_id"), rs.getString("action")))
                .list();
    }

    /** The newest cursor handed out, 0 before the first change. */
    long newest() {
        return jdbc.sql("select coalesce(max(cursor), 0) from public_changes").query(Long.class).single();
    }
}
