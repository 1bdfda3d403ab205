package nl.motiemonitor.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterAnswered;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.IllegalStatusTransitionException;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The motion module on its own (with the modules it uses): a published letter's {@link LetterAnswered} moves the
 * motion in the letter's transaction, and a move the motion refuses rolls the letter back.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "letter")
@Import(TestDatabaseConfiguration.class)
class LettersOnMotionsTest {

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    LetterRegistration letters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedLetterClaimingDischargeProposesItOnceAndNamesTheLetter(Scenario scenario) {
        long body = body("brieven-een");
        MotionId motion = motion(body, "B-1");

        scenario.stimulate(() -> letters.register(letter(body, "Afdoening B-1", motion, true), "griffie"))
                .andWaitForEventOfType(LetterAnswered.class)
                .matching(answered -> answered.item().equals(motion))
                .toArriveAndVerify(answered -> {
                    assertThat(status(motion)).isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
                    assertThat(jdbc.queryForObject("select reason from status_changes where motion_id = ?"
                            + " and letter_id = ?", String.class, motion.value(), answered.letterId()))
                            .isEqualTo("De brief van 4 december 2026 beschouwt dit als afgedaan.");
                });
    }

    @Test
    void aDraftLetterPublishesNoEventAndMovesNothing() {
        long body = body("brieven-twee");
        MotionId motion = motion(body, "B-2");

        letters.register(letter(body, "Concept B-2", motion, false), "griffie");

        assertThat(status(motion)).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aMoveTheMotionRefusesRollsTheWholeLetterBack() {
        long body = body("brieven-drie");
        MotionId motion = motion(body, "B-3");
        motions.proposeDischarge(motion, StatusChangeDetails.of(null, "griffie", "Brief."));
        motions.acceptDischarge(motion, StatusChangeDetails.of(null, "griffie", "Raadsbesluit."));

        assertThatThrownBy(() -> letters.register(letter(body, "Te laat B-3", motion, true), "griffie"))
                .isInstanceOf(IllegalStatusTransitionException.class);

        assertThat(jdbc.queryForObject("select count(*) from letters where subject = 'Te laat B-3'", Integer.class))
                .as("the letter is not saved").isZero();
        assertThat(status(motion)).isEqualTo(ItemStatus.DISCHARGED);
    }

    private long body(String slug) {
        return bodies.register(slug, "Gemeente " + slug, BodyKind.MUNICIPALITY, null, null).id();
    }

    private MotionId motion(long body, String number) {
        LocalDate adopted = LocalDate.of(2026, 3, 1);
        return new MotionId(motions.register(new MotionDraft(body, number, "Motie " + number, null, adopted,
                DatePrecision.DAY, null, null, VoteOutcome.ADOPTED, 20, 10, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "iets te doen.")), List.of(), true),
                StatusChangeDetails.of(adopted, "griffie", "Aangenomen.")));
    }

    private ItemStatus status(MotionId motion) {
        return ItemStatus.valueOf(jdbc.queryForObject("select status from motions where id = ?", String.class,
                motion.value()));
    }

    private static LetterDraft letter(long body, String subject, MotionId motion, boolean published) {
        return new LetterDraft(body, LocalDate.of(2026, 12, 4), subject, null, null, null, null, null, null, null,
                null, null, null, "Het college", "Het college beschouwt de motie als afgedaan.", List.of(), List.of(),
                List.of(LetterAnswer.of(motion, LetterResponse.DISCHARGE_CLAIMED)), published);
    }
}
