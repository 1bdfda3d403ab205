package nl.motiemonitor.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents a clerk uploaded or pasted and has not confirmed yet. Nothing of them reaches the portal's data before
 * the clerk saves the review; unconfirmed ones are forgotten after a week.
 */
@Component
@Transactional
class PendingImports {

    private final JdbcClient jdbc;
    private final StaffText words;

    PendingImports(JdbcClient jdbc, StaffText words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    /** A pending document; {@code pastedName} is what a pasted text is called in the page's language. */
    record Pending(UUID id, Long bodyId, String createdBy, Instant createdAt, String fileName, String contentType,
            byte[] content, String text, String pastedName) {

        public String displayName() {
            return fileName != null ? fileName : pastedName;
        }

        /** Where the import came from, for the audit history (which is kept in Dutch). */
        String sourceName() {
            return fileName != null ? fileName : "geplakte tekst";
        }
    }

    UUID add(Long bodyId, String createdBy, String fileName, String contentType, byte[] content, String text) {
        jdbc.sql("delete from pending_imports where created_at < now() - interval '7 days'").update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into pending_imports (id, body_id, created_by, file_name, content_type, content, text)
                values (:id, :body, :by, :name, :type, :content, :text)""")
                .param("id", id).param("body", bodyId).param("by", createdBy).param("name", fileName)
                .param("type", contentType).param("content", content).param("text", text).update();
        return id;
    }

    @Transactional(readOnly = true)
    Optional<Pending> find(Long bodyId, UUID id) {
        return jdbc.sql("""
                select id, body_id, created_by, created_at, file_name, content_type, content, text
                from pending_imports where id = :id and body_id = :body""")
                .param("id", id).param("body", bodyId)
                .query((rs, row) -> new Pending(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getBytes(7),
                        rs.getString(8), words.get("staff.import.pasted")))
                .optional();
    }

    @Transactional(readOnly = true)
    List<Pending> list(Long bodyId) {
        return jdbc.sql("""
                select id, body_id, created_by, created_at, file_name, content_type, null, ''
                from pending_imports where body_id = :body order by created_at desc""")
                .param("body", bodyId)
                .query((rs, row) -> new Pending(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), null, "", words.get("staff.import.pasted")))
                .list();
    }

    void remove(UUID id) {
        jdbc.sql("delete from pending_imports where id = ?").param(id).update();
    }
}
