package nl.motiemonitor.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/** Bodies that tests which commit write for themselves, and remove again with all they hold. */
public final class TestBodies {

    private TestBodies() {
    }

    /** A new body of this kind ({@code MUNICIPALITY}, {@code PARLIAMENT}, …); returns its id. */
    public static Long create(JdbcTemplate jdbc, String slug, String name, String kind) {
        return jdbc.queryForObject("insert into bodies (slug, name, kind) values (?, ?, ?) returning id", Long.class,
                slug, name, kind);
    }

    /** The body and its letters, motions, commitments, members and parties, in the order the foreign keys need. */
    public static void remove(JdbcTemplate jdbc, Long body) {
        jdbc.update("delete from letter_items where letter_id in (select id from letters where body_id = ?)", body);
        for (String table : new String[] {"commitments", "motions", "letters", "members", "parties"}) {
            jdbc.update("delete from " + table + " where body_id = ?", body);
        }
        jdbc.update("delete from bodies where id = ?", body);
    }
}
