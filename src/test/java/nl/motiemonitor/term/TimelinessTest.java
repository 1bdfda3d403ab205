package nl.motiemonitor.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
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

    @Autowired
    Fixtures fixtures;

    Long body;

    @BeforeEach
    void createBody() {
        body = fixtures.body("tijdigproef", "Provincie Tijdigproef", BodyKind.PROVINCE);
    }

    @AfterEach
    void removeIt() {
        fixtures.remove(body);
    }

    @Test
    void anOpenItemIsLateFromTheDayAfterItsTermAndDueSoonUpToThirtyDaysBefore() {
        MotionId open = motion();

        assertThat(on(open, DUE.minusDays(31))).containsEntry("late_days", null).containsEntry("due_soon", false);
        assertThat(on(open, DUE.minusDays(30))).containsEntry("due_soon", true);
        assertThat(on(open, DUE)).containsEntry("late_days", null).containsEntry("due_soon", true);
        assertThat(on(open, DUE.plusDays(1))).containsEntry("late_days", 1).containsEntry("due_soon", false)
                .containsEntry("answered_in_time", false);
        assertThat(on(open, DUE.plusDays(2020))).containsEntry("late_days", 2020);
    }

    @Test
    void aDischargeProposedOnOrBeforeTheTermWaitsForTheCouncilAndIsNeverLate() {
        MotionId onTheDay = motion();
        fixtures.proposeDischarge(onTheDay, DUE);

        Map<String, Object> years = on(onTheDay, DUE.plusYears(5));

        assertThat(years).containsEntry("late_days", null).containsEntry("awaiting_decision", true)
                .containsEntry("proposed_late_days", null).containsEntry("answered_in_time", true)
                .containsEntry("due_soon", false);
    }

    @Test
    void aProposalAfterTheTermIsProposedLateNotLateNow() {
        MotionId late = motion();
        fixtures.proposeDischarge(late, DUE.plusDays(12));

        assertThat(on(late, DUE.plusDays(100))).containsEntry("late_days", null)
                .containsEntry("awaiting_decision", true).containsEntry("proposed_late_days", 12)
                .containsEntry("answered_in_time", false);
    }

    @Test
    void theAcceptedProposalDecidesWhetherADischargedItemWasAnsweredInTime() {
        MotionId inTime = motion();
        fixtures.proposeDischarge(inTime, DUE.minusDays(3));
        fixtures.acceptDischarge(inTime, DUE.plusDays(60));
        MotionId late = motion();
        fixtures.proposeDischarge(late, DUE.plusDays(5));
        fixtures.acceptDischarge(late, DUE.plusDays(6));

        assertThat(on(inTime, DUE.plusDays(90))).containsEntry("answered_in_time", true)
                .containsEntry("proposed_late_days", null).containsEntry("awaiting_decision", false);
        assertThat(on(late, DUE.plusDays(90))).containsEntry("answered_in_time", false)
                .containsEntry("proposed_late_days", 5).containsEntry("late_days", null);
    }

    @Test
    void aRejectedProposalPutsTheItemBackUnderItsTermSoItMayBeLateAtOnce() {
        MotionId rejected = motion();
        fixtures.proposeDischarge(rejected, DUE.minusDays(10));
        fixtures.rejectDischarge(rejected, DUE.plusDays(20));

        assertThat(on(rejected, DUE.plusDays(20))).containsEntry("late_days", 20)
                .containsEntry("awaiting_decision", false).containsEntry("proposed_late_days", null);
    }

    @Test
    void aLapsedItemIsNeverLateNorDueSoonNorAwaitingTheCouncilNorJudgedOnTime() {
        MotionId lapsedWhileLate = motion();
        fixtures.lapse(lapsedWhileLate, DUE.plusDays(40));
        MotionId lapsedBeforeItsTerm = motion();
        fixtures.lapse(lapsedBeforeItsTerm, DUE.minusDays(10));
        MotionId lapsedWhileProposed = motion();
        fixtures.proposeDischarge(lapsedWhileProposed, DUE.plusDays(12));
        fixtures.lapse(lapsedWhileProposed, DUE.plusDays(30));

        for (MotionId lapsed : java.util.List.of(lapsedWhileLate, lapsedBeforeItsTerm, lapsedWhileProposed)) {
            assertThat(on(lapsed, DUE.plusDays(400))).containsEntry("late_days", null)
                    .containsEntry("awaiting_decision", false).containsEntry("proposed_late_days", null)
                    .containsEntry("answered_in_time", null).containsEntry("due_soon", false);
        }
        assertThat(on(lapsedBeforeItsTerm, DUE.minusDays(5))).containsEntry("due_soon", false);
    }

    @Test
    void anAcceptedPostponementMovesTheTerm() {
        MotionId postponed = motion();
        fixtures.extendTerm(postponed, body, DUE.plusMonths(3));

        assertThat(on(postponed, DUE.plusDays(10))).containsEntry("late_days", null);
        assertThat(on(postponed, DUE.plusMonths(3).plusDays(1))).containsEntry("late_days", 1);
    }

    @Test
    void withoutATermNothingIsLateOrJudged() {
        MotionId noTerm = fixtures.motion(body, "GEEN").adoptedOn(LocalDate.of(2020, 1, 1)).register();

        assertThat(on(noTerm, DUE)).containsEntry("late_days", null).containsEntry("due_soon", false)
                .containsEntry("answered_in_time", null);
    }

    private Map<String, Object> on(MotionId motion, LocalDate today) {
        return jdbc.queryForMap("select late_days, due_soon, awaiting_decision, proposed_late_days, answered_in_time"
                + " from item_terms_on(?) where item_type = 'MOTION' and item_id = ?", today, motion.value());
    }

    private MotionId motion() {
        return fixtures.motion(body, "M-" + UUID.randomUUID()).adoptedOn(LocalDate.of(2025, 11, 1)).due(DUE).register();
    }
}
