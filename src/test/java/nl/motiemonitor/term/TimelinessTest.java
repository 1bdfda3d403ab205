package nl.motiemonitor.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When an item is late (../shared/GLOSSARY.md, "Terms"): the executive answers in time when its letter proposing the
 * discharge is dated on or before the term in force; the one definition is the database's item_terms_on (V16).
 */
@MotiemonitorTest
class TimelinessTest {

    static final LocalDate DUE = LocalDate.of(2026, 5, 1);

    @Autowired
    JdbcTemplate jdbc;

    Long body;

    @BeforeEach
    void createBody() {
        body = jdbc.queryForObject("insert into bodies (slug, name, kind) values ('tijdigproef',"
                + " 'Provincie Tijdigproef', 'PROVINCE') returning id", Long.class);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from motions where body_id = ?", body);
        jdbc.update("delete from commitments where body_id = ?", body);
        jdbc.update("delete from bodies where id = ?", body);
    }

    @Test
    void anOpenItemIsLateFromTheDayAfterItsTermAndDueSoonUpToThirtyDaysBefore() {
        long open = motion("OPEN");

        assertThat(on(open, DUE.minusDays(31))).containsEntry("late_days", null).containsEntry("due_soon", false);
        assertThat(on(open, DUE.minusDays(30))).containsEntry("due_soon", true);
        assertThat(on(open, DUE)).containsEntry("late_days", null).containsEntry("due_soon", true);
        assertThat(on(open, DUE.plusDays(1))).containsEntry("late_days", 1).containsEntry("due_soon", false)
                .containsEntry("answered_in_time", false);
        assertThat(on(open, DUE.plusDays(2020))).containsEntry("late_days", 2020);
    }

    @Test
    void aDischargeProposedOnOrBeforeTheTermWaitsForTheCouncilAndIsNeverLate() {
        long onTheDay = motion("DISCHARGE_PROPOSED");
        change(onTheDay, 0, "DISCHARGE_PROPOSED", DUE);

        Map<String, Object> years = on(onTheDay, DUE.plusYears(5));

        assertThat(years).containsEntry("late_days", null).containsEntry("awaiting_decision", true)
                .containsEntry("proposed_late_days", null).containsEntry("answered_in_time", true)
                .containsEntry("due_soon", false);
    }

    @Test
    void aProposalAfterTheTermIsProposedLateNotLateNow() {
        long late = motion("DISCHARGE_PROPOSED");
        change(late, 0, "DISCHARGE_PROPOSED", DUE.plusDays(12));

        assertThat(on(late, DUE.plusDays(100))).containsEntry("late_days", null)
                .containsEntry("awaiting_decision", true).containsEntry("proposed_late_days", 12)
                .containsEntry("answered_in_time", false);
    }

    @Test
    void theAcceptedProposalDecidesWhetherADischargedItemWasAnsweredInTime() {
        long inTime = motion("DISCHARGED");
        change(inTime, 0, "DISCHARGE_PROPOSED", DUE.minusDays(3));
        change(inTime, 1, "DISCHARGED", DUE.plusDays(60));
        long late = motion("DISCHARGED");
        change(late, 0, "DISCHARGE_PROPOSED", DUE.plusDays(5));
        change(late, 1, "DISCHARGED", DUE.plusDays(6));

        assertThat(on(inTime, DUE.plusDays(90))).containsEntry("answered_in_time", true)
                .containsEntry("proposed_late_days", null).containsEntry("awaiting_decision", false);
        assertThat(on(late, DUE.plusDays(90))).containsEntry("answered_in_time", false)
                .containsEntry("proposed_late_days", 5).containsEntry("late_days", null);
    }

    @Test
    void aRejectedProposalPutsTheItemBackUnderItsTermSoItMayBeLateAtOnce() {
        long rejected = motion("IN_PROGRESS");
        change(rejected, 0, "DISCHARGE_PROPOSED", DUE.minusDays(10));
        change(rejected, 1, "IN_PROGRESS", DUE.plusDays(20));

        assertThat(on(rejected, DUE.plusDays(20))).containsEntry("late_days", 20)
                .containsEntry("awaiting_decision", false).containsEntry("proposed_late_days", null);
    }

    @Test
    void anAcceptedPostponementMovesTheTerm() {
        long postponed = motion("IN_PROGRESS");
        jdbc.update("insert into term_extensions (motion_id, from_date, to_date, reason, recorded_by) values"
                + " (?, ?, ?, 'Uitstelbrief, aanvaard door Provinciale Staten.', 'griffie')", postponed, DUE,
                DUE.plusMonths(3));

        assertThat(on(postponed, DUE.plusDays(10))).containsEntry("late_days", null);
        assertThat(on(postponed, DUE.plusMonths(3).plusDays(1))).containsEntry("late_days", 1);
    }

    @Test
    void withoutATermNothingIsLateOrJudged() {
        long noTerm = jdbc.queryForObject("insert into motions (body_id, registration_number, vote_outcome, status,"
                + " published, adopted_on) values (?, 'GEEN', 'ADOPTED', 'OPEN', true, '2020-01-01') returning id",
                Long.class, body);

        assertThat(on(noTerm, DUE)).containsEntry("late_days", null).containsEntry("due_soon", false)
                .containsEntry("answered_in_time", null);
    }

    private Map<String, Object> on(long motion, LocalDate today) {
        return jdbc.queryForMap("select late_days, due_soon, awaiting_decision, proposed_late_days, answered_in_time"
                + " from item_terms_on(?) where item_type = 'MOTION' and item_id = ?", today, motion);
    }

    private long motion(String status) {
        return jdbc.queryForObject("insert into motions (body_id, registration_number, vote_outcome, status,"
                + " published, adopted_on, due_date) values (?, 'M-' || gen_random_uuid(), 'ADOPTED', ?, true,"
                + " '2025-11-01', ?) returning id", Long.class, body, status, DUE);
    }

    private void change(long motion, int position, String to, LocalDate on) {
        jdbc.update("insert into status_changes (motion_id, position, to_status, effective_on, recorded_by, reason)"
                + " values (?, ?, ?, ?, 'griffie', 'Zo gebeurd.')", motion, position, to, on);
    }
}
