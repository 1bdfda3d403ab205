package nl.motiemonitor.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Terms in the database (view item_terms) and in the staff area: defaults, extensions, discharge, responsibility. */
@MotiemonitorTest
class TermsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Terms terms;

    @Autowired
    Fixtures fixtures;

    Long body;

    @BeforeEach
    void createBody() {
        body = fixtures.body("termijnproef");
        fixtures.defaultTerm(body, 6);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from user_body_roles where body_id = ?", body);
        fixtures.remove(body);
    }

    @Test
    void theTermIsTheItemsOwnOrTheBodysDefaultMovedByTheLatestExtension() {
        long defaulted = motion("T-1", "2025-01-15", null);
        long own = motion("T-2", "2025-01-15", "2025-03-01");
        long rejected = fixtures.motion(body, "T-3").outcome(VoteOutcome.REJECTED).register().value();

        ItemTerm first = terms.term(new MotionId(defaulted)).orElseThrow();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(first.defaultTerm()).isTrue();
        assertThat(terms.term(new MotionId(own)).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(terms.term(new MotionId(rejected))).as("not adopted: no term").isEmpty();

        terms.setBodyTerm(new BodyId(body), new BodyTerm(null, List.of(MonthDay.of(12, 1), MonthDay.of(7, 1))));
        assertThat(terms.bodyTerm(new BodyId(body)).describe())
                .isEqualTo("de eerstvolgende 1 juli of 1 december na aanneming");
        assertThat(terms.term(new MotionId(defaulted)).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2025, 7, 1));

        terms.extend(new MotionId(defaulted), new BodyId(body), LocalDate.of(2025, 10, 1),
                "Uitstelbrief van het college.",
                "griffie");
        terms.extend(new MotionId(defaulted), new BodyId(body), LocalDate.of(2026, 1, 1), "Nog meer tijd nodig.",
                "griffie");
        ItemTerm extended = terms.term(new MotionId(defaulted)).orElseThrow();
        assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(extended.originalDueOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(extended.extensions()).isEqualTo(2);
        assertThat(terms.extensions(new MotionId(defaulted))).extracting(TermExtension::from, TermExtension::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 1)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anExtensionMustMoveTheTermLaterAndNeverForADischargedOrLapsedItem() {
        long motion = motion("T-10", "2025-01-15", "2025-06-01");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> terms.extend(new MotionId(motion), new BodyId(body),
                LocalDate.of(2025, 6, 1), "Geen echte verlenging.", "griffie"))
                .hasMessage("De nieuwe termijn moet na de huidige termijn (1 juni 2025) liggen.");
        long done = motion("T-11", "2025-01-15", "2025-06-01");
        fixtures.discharged(new MotionId(done), LocalDate.of(2025, 6, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> terms.extend(new MotionId(done), new BodyId(body),
                LocalDate.of(2025, 9, 1), "Te laat.", "griffie"))
                .hasMessage("Een afgedane motie krijgt geen nieuwe termijn.");
        long lapsed = motion("T-12", "2025-01-15", "2025-06-01");
        fixtures.lapse(new MotionId(lapsed), LocalDate.of(2025, 5, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> terms.extend(new MotionId(lapsed), new BodyId(body),
                LocalDate.of(2025, 9, 1), "Uitstel.", "griffie"))
                .hasMessage("Een vervallen motie krijgt geen nieuwe termijn.");
    }

    @Test
    void aDischargeWhoseProposalIsNotRecordedCountsFromTheDischargeItself() {
        long late = motion("T-20", "2025-01-15", "2025-06-01");
        discharged(late, "2025-06-20");
        long inTime = motion("T-21", "2025-01-15", "2025-06-01");
        discharged(inTime, "2025-06-01");

        assertThat(terms.term(new MotionId(late)).orElseThrow().dischargedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(terms.term(new MotionId(late)).orElseThrow().proposedLateDays()).isEqualTo(19);
        assertThat(terms.term(new MotionId(inTime)).orElseThrow().proposedLate()).isFalse();
    }

    @Test
    void aClerkExtendsATermWithAReasonAndTheReaderSeesIt() {
        long motion = motion("T-30", "2025-01-15", null);
        StaffClient clerk = StaffClient.clerk(port, jdbc, "termijnproef");
        String page = "/beheer/termijnproef/moties/" + motion;
        assertThat(clerk.get(page).body()).contains("Termijn verlengen", "15 juli 2025",
                "standaardtermijn: 6 maanden na aanneming");

        HttpResponse<String> noReason = clerk.post(page + "/termijn", Map.of("to", "2025-12-01", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(302);
        String again = clerk.get(page).body();
        assertThat(again).contains("Reden: vermeld waarom de termijn wordt verlengd.", "value=\"2025-12-01\"");

        clerk.post(page + "/termijn", Map.of("to", "2025-07-01", "reason", "Uitstel gevraagd"));
        assertThat(clerk.get(page).body()).contains("Nieuwe termijn: de nieuwe termijn moet na de huidige termijn (15 juli 2025)"
                + " liggen.", "Uitstel gevraagd");

        clerk.post(page + "/termijn", Map.of("to", "2025-12-01", "reason", "Het college vroeg uitstel (brief 12)."));
        clerk.post(page + "/verantwoordelijke", Map.of("portfolioHolder", "Wethouder Jansen",
                "department", "Stadsontwikkeling"));
        String publicPage = new PortalClient(port).get("/termijnproef/moties/t-30").body();
        assertThat(publicPage).contains("Termijn verlengd van", "15 juli 2025", "naar", "1 december 2025",
                "Het college vroeg uitstel (brief 12).", "Wethouder Jansen", "Stadsontwikkeling");
    }

    @Test
    void aClerkSetsTheBodysDefaultTermAndMistakesAreExplained() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "termijnproef");
        assertThat(clerk.get("/beheer/termijnproef/termijn").body()).contains("Standaardtermijn van Gemeente"
                + " Termijnproef", "value=\"6\"");

        HttpResponse<String> wrong = clerk.post("/beheer/termijnproef/termijn", Map.of("kind", "DATES",
                "dates", "1-7, 31-2"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Vaste data: ‘31-2’ is geen dag-maand", "value=\"1-7, 31-2\"");
        assertThat(clerk.post("/beheer/termijnproef/termijn", Map.of("kind", "MONTHS", "months", "0")).body())
                .contains("Aantal maanden: het aantal maanden is ten minste 1.");

        assertThat(clerk.post("/beheer/termijnproef/termijn", Map.of("kind", "DATES", "dates", "1-12; 1-7"))
                .statusCode()).isEqualTo(302);
        assertThat(terms.bodyTerm(new BodyId(body)).datesText()).isEqualTo("07-01,12-01");
        assertThat(StaffClient.member(port, jdbc, "termijnproef").get("/beheer/termijnproef/termijn").statusCode())
                .isEqualTo(403);
    }

    /**
     * The terms of a page of items (item_terms_of, V40, which keeps one generic plan per kind) are those of the rule
     * itself (item_terms_on), whatever the number of ids, each of its own kind.
     */
    @Test
    void thePageLookupGivesTheRulesTermsForEitherKindAndAnyNumberOfItems() {
        List<Long> motions = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            motions.add(motion("P-" + i, "2025-01-" + (10 + i % 15), i % 3 == 0 ? "2025-02-01" : null));
        }
        long commitment = fixtures.commitment(body, "Het college stuurt een brief.").madeOn(LocalDate.of(2025, 2, 3))
                .due(LocalDate.of(2025, 4, 1)).register().value();

        for (int n : new int[] {1, 7, 25}) { // a new statement per count before V40; one kept plan now
            List<Long> ids = motions.subList(0, n);
            Map<Long, ItemTerm> found = terms.terms(TermItem.MOTION, ids);
            assertThat(found).hasSize(n);
            for (Long id : ids) {
                Map<String, Object> rule = jdbc.queryForMap("select due_on, late_days, status from item_terms_on(?)"
                        + " where item_type = 'MOTION' and item_id = ?", terms.today(), id);
                assertThat(found.get(id).dueOn()).isEqualTo(((java.sql.Date) rule.get("due_on")).toLocalDate());
                assertThat(found.get(id).status().name()).isEqualTo(rule.get("status"));
            }
        }
        ItemTerm commitmentTerm = terms.terms(TermItem.COMMITMENT, List.of(commitment)).get(commitment);
        assertThat(commitmentTerm.item()).isEqualTo(TermItem.COMMITMENT);
        assertThat(commitmentTerm.dueOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(terms.terms(TermItem.MOTION, motions).values()).extracting(ItemTerm::item)
                .containsOnly(TermItem.MOTION);
    }

    private long motion(String number, String adoptedOn, String dueDate) {
        return fixtures.motion(body, number).titled("Motie " + number).adoptedOn(LocalDate.parse(adoptedOn))
                .due(dueDate == null ? null : LocalDate.parse(dueDate)).register().value();
    }

    /** Discharged without a recorded proposal, as older histories are: a state the lifecycle no longer allows. */
    private void discharged(long motion, String on) {
        jdbc.update("insert into status_changes (motion_id, position, from_status, to_status, effective_on,"
                + " recorded_by, reason) values (?, 1, 'OPEN', 'DISCHARGED', ?::date, 'griffie', 'Raadsbesluit.')",
                motion, on);
        jdbc.update("update motions set status = 'DISCHARGED' where id = ?", motion);
    }
}
