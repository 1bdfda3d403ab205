package nl.motiemonitor.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DomainRuleViolation;
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

/** A motion tracked per request: split, answered per request by letters, its status following its requests. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "letter")
@Import(TestDatabaseConfiguration.class)
class MotionRequestsTest {

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    @Autowired
    MotionRequests requests;

    @Autowired
    LetterRegistration letters;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void splittingMakesOneRequestPerOperativeClauseAtTheMotionsStatus() {
        long body = body("verzoeken-een");
        MotionId motion = motion(body, "V-1", "een speeltuin te bouwen;", "de raad te informeren;");
        motions.reportProgress(motion, StatusChangeDetails.of(LocalDate.of(2026, 4, 1), "griffie", "Opdracht."));

        assertThat(requests.split(new BodyId(body), motion.value(), "griffie")).isEqualTo(2);

        List<RequestView> split = requests.of(motion.value());
        assertThat(split).extracting(RequestView::position, RequestView::text, RequestView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "een speeltuin te bouwen;",
                        ItemStatus.IN_PROGRESS), org.assertj.core.groups.Tuple.tuple(2, "de raad te informeren;",
                        ItemStatus.IN_PROGRESS));
        assertThat(split.get(0).history()).singleElement().satisfies(change -> {
            assertThat(change.effectiveOn()).as("the motion's latest move's date").isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(change.reason()).contains("Verzoek 1 van 2", "V-1");
        });
        assertThatThrownBy(() -> requests.split(new BodyId(body), motion.value(), "griffie"))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("Motie V-1 is al in verzoeken gesplitst.");
    }

    @Test
    void aLetterAnsweringTwoOfThreeRequestsLeavesTheMotionInProgressAndTheCouncilMakesItPartlyDischarged() {
        long body = body("verzoeken-twee");
        MotionId motion = motion(body, "V-2", "een.", "twee.", "drie.");
        requests.split(new BodyId(body), motion.value(), "griffie");
        List<Long> ids = requests.of(motion.value()).stream().map(RequestView::id).toList();

        letters.register(letter(body, "Afdoening een en twee", LetterAnswer.of(motion,
                LetterResponse.DISCHARGE_CLAIMED).forRequests(ids.subList(0, 2))), "griffie");

        assertThat(requests.of(motion.value())).extracting(RequestView::status).containsExactly(
                ItemStatus.DISCHARGE_PROPOSED, ItemStatus.DISCHARGE_PROPOSED, ItemStatus.OPEN);
        assertThat(status(motion)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(partly(motion)).isFalse();
        assertThat(jdbc.queryForObject("select reason from status_changes where motion_id = ? order by position desc"
                + " limit 1", String.class, motion.value()))
                .isEqualTo("Volgt uit de verzoeken: 2 afdoening voorgesteld, 1 open.");

        StatusChangeDetails council = StatusChangeDetails.of(LocalDate.of(2026, 12, 10), "griffie",
                "Besluit van de raad van 10 december 2026.");
        requests.move(new BodyId(body), ids.get(0), MotionRequests.Move.ACCEPT_DISCHARGE, council);
        requests.move(new BodyId(body), ids.get(1), MotionRequests.Move.ACCEPT_DISCHARGE, council);

        assertThat(status(motion)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(partly(motion)).as("deels afgedaan").isTrue();

        letters.register(letter(body, "Afdoening drie", LetterAnswer.of(motion, LetterResponse.DISCHARGE_CLAIMED)
                .forRequests(List.of(ids.get(2)))), "griffie");
        assertThat(status(motion)).as("every request still to do is proposed").isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
        requests.move(new BodyId(body), ids.get(2), MotionRequests.Move.ACCEPT_DISCHARGE, council);

        assertThat(status(motion)).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(partly(motion)).isFalse();
    }

    @Test
    void aLetterWithoutRequestsAnswersEveryRequestAndAMotionNotSplitRefusesRequests() {
        long body = body("verzoeken-drie");
        MotionId split = motion(body, "V-3", "een.", "twee.");
        MotionId whole = motion(body, "V-4", "een.");
        requests.split(new BodyId(body), split.value(), "griffie");

        letters.register(letter(body, "Voortgang", LetterAnswer.of(split, LetterResponse.PROGRESS_ONLY)), "griffie");

        assertThat(requests.of(split.value())).extracting(RequestView::status)
                .containsOnly(ItemStatus.IN_PROGRESS);
        assertThatThrownBy(() -> letters.register(letter(body, "Verkeerd", LetterAnswer.of(whole,
                LetterResponse.PROGRESS_ONLY).forRequests(List.of(999L))), "griffie"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageStartingWith("Motie V-4 is niet in verzoeken gesplitst");
        assertThatThrownBy(() -> letters.register(letter(body, "Onbekend", LetterAnswer.of(split,
                LetterResponse.PROGRESS_ONLY).forRequests(List.of(999L))), "griffie"))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("De brief noemt een verzoek dat motie V-3 niet heeft.");
    }

    @Test
    void aRequestFollowsTheLifecycleAndARejectionPutsTheMotionBackInProgress() {
        long body = body("verzoeken-vier");
        MotionId motion = motion(body, "V-5", "een.");
        requests.split(new BodyId(body), motion.value(), "griffie");
        Long only = requests.of(motion.value()).get(0).id();
        StatusChangeDetails details = StatusChangeDetails.of(LocalDate.of(2026, 5, 1), "griffie", "Stap.");

        assertThatThrownBy(() -> requests.move(new BodyId(body), only, MotionRequests.Move.ACCEPT_DISCHARGE, details))
                .isInstanceOf(IllegalStatusTransitionException.class);
        requests.move(new BodyId(body), only, MotionRequests.Move.PROPOSE_DISCHARGE, details);
        assertThat(status(motion)).isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
        requests.move(new BodyId(body), only, MotionRequests.Move.REJECT_DISCHARGE, details);
        assertThat(status(motion)).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void aSplitIsUndoneWhileNoRequestMovedAndNotAfter() {
        long body = body("verzoeken-vijf");
        MotionId motion = motion(body, "V-6", "een.", "twee.");
        requests.split(new BodyId(body), motion.value(), "griffie");
        assertThat(requests.canUnsplit(motion.value())).isTrue();

        requests.unsplit(new BodyId(body), motion.value());
        assertThat(requests.of(motion.value())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from motion_requests_aud where motion_id = ? and revtype = 2",
                Integer.class, motion.value())).as("the audit trail keeps the requests").isEqualTo(2);

        requests.split(new BodyId(body), motion.value(), "griffie");
        requests.move(new BodyId(body), requests.of(motion.value()).get(0).id(), MotionRequests.Move.REPORT_PROGRESS,
                StatusChangeDetails.of(LocalDate.of(2026, 5, 1), "griffie", "Opdracht."));
        assertThat(requests.canUnsplit(motion.value())).isFalse();
        assertThatThrownBy(() -> requests.unsplit(new BodyId(body), motion.value()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("heeft al een stap gezet");
    }

    private long body(String slug) {
        return bodies.register(slug, "Gemeente " + slug, BodyKind.MUNICIPALITY, null, null).id();
    }

    private MotionId motion(long body, String number, String... requested) {
        LocalDate adopted = LocalDate.of(2026, 3, 1);
        List<MotionDraft.ClauseDraft> clauses = new java.util.ArrayList<>();
        clauses.add(new MotionDraft.ClauseDraft(ClauseKind.NOTING, "dat er iets is;"));
        for (String text : requested) {
            clauses.add(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, text));
        }
        return new MotionId(motions.register(new MotionDraft(body, number, "Motie " + number, null, adopted,
                DatePrecision.DAY, null, null, VoteOutcome.ADOPTED, 20, 10, List.of(), null, List.of(), clauses,
                List.of(), true), StatusChangeDetails.of(adopted, "griffie", "Aangenomen.")));
    }

    private ItemStatus status(MotionId motion) {
        return ItemStatus.valueOf(jdbc.queryForObject("select status from motions where id = ?", String.class,
                motion.value()));
    }

    private boolean partly(MotionId motion) {
        return jdbc.queryForObject("select partly_discharged from motions where id = ?", Boolean.class,
                motion.value());
    }

    private static LetterDraft letter(long body, String subject, LetterAnswer answer) {
        return new LetterDraft(body, LocalDate.of(2026, 12, 4), subject, null, null, null, null, null, null, null,
                null, null, null, "Het college", "Het college beschouwt dit als afgedaan.", List.of(), List.of(),
                List.of(answer), true);
    }
}
