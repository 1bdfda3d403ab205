package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The front page's counts come from published_status_counts, kept by statement triggers (V7). Whatever statements
 * change motions and commitments, single rows or many at once, the table equals a fresh count.
 */
@MotiemonitorTest
class PublishedStatusCountsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    Long body;
    Long other;

    @BeforeEach
    void createBodies() {
        body = fixtures.body("telproef");
        other = fixtures.body("telproef-twee", "Gemeente Telproef Twee", BodyKind.MUNICIPALITY);
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(body);
        fixtures.remove(other);
    }

    @Test
    void countsFollowInsertsUpdatesAndDeletesOfSingleRowsAndWholeStatements() {
        // the triggers that keep the counts are under test, for statements of many rows: so raw SQL throughout
        jdbc.update("""
                insert into motions (body_id, registration_number, vote_outcome, status, published)
                select ?, 'T-' || i, case when i % 5 = 0 then 'REJECTED' else 'ADOPTED' end,
                       case when i % 5 = 0 then null when i % 2 = 0 then 'OPEN' else 'DISCHARGED' end, i % 3 <> 0
                from generate_series(1, 30) i""", body);
        jdbc.update("insert into commitments (body_id, number, text, status, published)"
                + " select ?, 'C-' || i, 'Toezegging ' || i, 'IN_PROGRESS', true from generate_series(1, 4) i", body);
        assertCountsAreExact();
        assertThat(counted(body)).containsEntry("MOTION/OPEN", 8L).containsEntry("MOTION/DISCHARGED", 8L)
                .containsEntry("COMMITMENT/IN_PROGRESS", 4L);

        jdbc.update("update motions set published = true where body_id = ?", body);
        assertCountsAreExact();
        jdbc.update("update motions set status = 'IN_PROGRESS' where body_id = ? and status = 'OPEN'", body);
        assertCountsAreExact();
        jdbc.update("update motions set body_id = ? where body_id = ? and registration_number in ('T-1', 'T-2')",
                other, body);
        jdbc.update("update commitments set published = false where body_id = ? and number = 'C-1'", body);
        assertCountsAreExact();
        assertThat(counted(other)).containsOnly(Map.entry("MOTION/DISCHARGED", 1L), Map.entry("MOTION/IN_PROGRESS", 1L));

        jdbc.update("update motions set status = 'LAPSED' where body_id = ? and registration_number in ('T-4', 'T-6')",
                body);
        assertCountsAreExact();
        assertThat(counted(body)).containsEntry("MOTION/LAPSED", 2L).containsEntry("MOTION/IN_PROGRESS", 9L);

        jdbc.update("delete from motions where body_id = ? and status = 'DISCHARGED'", body);
        jdbc.update("delete from commitments where body_id = ?", body);
        assertCountsAreExact();
        assertThat(counted(body)).containsOnly(Map.entry("MOTION/IN_PROGRESS", 9L), Map.entry("MOTION/LAPSED", 2L));
    }

    @Test
    void aLapseRecordedThroughTheLifecycleMovesTheItemFromItsStatusToLapsed() {
        MotionId open = fixtures.motion(body, "V-1").register();
        MotionId proposed = fixtures.motion(body, "V-2").register();
        fixtures.proposeDischarge(proposed, java.time.LocalDate.of(2026, 1, 5));
        CommitmentId promise = fixtures.commitment(body, "Wij komen erop terug.").register();
        MotionId draft = fixtures.motion(body, "V-3").unpublished().register();
        assertThat(counted(body)).containsOnly(Map.entry("COMMITMENT/OPEN", 1L),
                Map.entry("MOTION/DISCHARGE_PROPOSED", 1L), Map.entry("MOTION/OPEN", 1L));

        fixtures.lapse(open, java.time.LocalDate.of(2026, 2, 1));
        fixtures.lapse(proposed, java.time.LocalDate.of(2026, 2, 1));
        fixtures.lapse(promise, java.time.LocalDate.of(2026, 2, 1));
        fixtures.lapse(draft, java.time.LocalDate.of(2026, 2, 1));

        assertCountsAreExact();
        assertThat(counted(body)).containsOnly(Map.entry("COMMITMENT/LAPSED", 1L), Map.entry("MOTION/LAPSED", 2L));
    }

    private Map<String, Long> counted(Long bodyId) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select item_type, status, items from published_status_counts where body_id = ? and items > 0",
                rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }, bodyId);
        return counts;
    }

    private void assertCountsAreExact() {
        List<Map<String, Object>> difference = jdbc.queryForList("""
                (select body_id, 'MOTION' as item_type, status, count(*) as items from motions
                 where published and status is not null group by 1, 3
                 union all
                 select body_id, 'COMMITMENT', status, count(*) from commitments where published group by 1, 3)
                except
                select body_id, item_type, status, items from published_status_counts where items > 0""");
        assertThat(difference).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from published_status_counts c
                where items > 0 and not exists (select 1 from motions m where m.published and m.body_id = c.body_id
                                                and m.status = c.status and c.item_type = 'MOTION')
                  and not exists (select 1 from commitments m where m.published and m.body_id = c.body_id
                                  and m.status = c.status and c.item_type = 'COMMITMENT')""", Long.class)).isZero();
    }
}
