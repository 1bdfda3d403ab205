package nl.motiemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures on a small data set whose right answers are worked out by hand (on 15 June 2026). */
@MotiemonitorTest
class DashboardsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NationalDashboardTable nationalDashboards;

    Long body;

    @BeforeEach
    void createData() {
        body = fixtures.body("overzichtproef");
        fixtures.defaultTerm(body, 6);
        fixtures.party(body, "Partij A", "PA");
        Long member = fixtures.member(body, "Lid A", "Partij A");
        motion("M1", "2026-01-10", null);                                     // default term 10 July: due soon
        MotionId m2 = fixtures.motion(body, "M2").titled("Motie M2").adoptedOn(date("2025-06-01"))
                .due(date("2025-12-01")).sponsoredBy(member).register();      // 196 days late
        fixtures.reportProgress(m2, date("2025-07-01"));
        fixtures.assign(m2, body, "Wonen", "Wethouder A");
        MotionId m3 = motion("M3", "2025-03-01", "2025-09-01");               // answered in time, 153 days
        MotionId m4 = motion("M4", "2025-03-01", "2025-06-01");               // extended, proposed 19 days late
        fixtures.extendTerm(m4, body, date("2025-12-01"));
        fixtures.proposeDischarge(m4, date("2025-12-20"));
        fixtures.acceptDischarge(m4, date("2026-01-01"));                     // 306 days to discharge
        MotionId m5 = motion("M5", "2026-02-01", "2026-05-01");               // proposed in time: waits
        fixtures.proposeDischarge(m5, date("2026-04-20"));
        MotionId m7 = motion("M7", "2025-10-01", "2026-03-01");               // proposed 10 days late
        fixtures.proposeDischarge(m7, date("2026-03-11"));
        MotionId m8 = motion("M8", "2025-11-15", "2026-06-01");               // proposal rejected: 14 days late
        fixtures.proposeDischarge(m8, date("2026-05-20"));
        fixtures.rejectDischarge(m8, date("2026-06-05"));
        fixtures.motion(body, "M6").titled("Motie M6").adoptedOn(date("2025-01-01")).due(date("2025-02-01"))
                .unpublished().register();                                    // a draft: never counted
        CommitmentId c1 = fixtures.commitment(body, "Wij sturen een plan.").madeOn(date("2026-01-01"))
                .due(date("2026-03-01")).register();                          // 106 days late
        fixtures.assign(c1, body, null, "Wethouder A");
        Long letter = fixtures.letter(body).about("Afdoening M3").sentOn(date("2025-07-15"))
                .answering(m3, LetterResponse.DISCHARGE_CLAIMED).register();
        fixtures.acceptDischarge(m3, date("2025-08-01"));
        fixtures.commitment(body, "Wij komen terug op de evaluatie.").madeInLetter(letter).register();
        MotionId m9 = fixtures.motion(body, "M9").titled("Motie M9").adoptedOn(date("2023-03-01"))
                .due(date("2023-09-01")).sponsoredBy(member).register();      // lapsed: never open, late or judged
        fixtures.assign(m9, body, "Wonen", "Wethouder A");
        fixtures.lapse(m9, date("2024-01-10"));
        CommitmentId c3 = fixtures.commitment(body, "Wij onderzoeken de parkeerregels.").madeInLetter(letter)
                .register();                                                  // lapsed: the letter no longer promises it
        fixtures.lapse(c3, date("2025-09-01"));
    }

    @AfterEach
    void removeData() {
        fixtures.remove(body);
    }

    @Test
    void theFiguresOfABodyAreTheOnesWorkedOutByHand() {
        BodyDashboard d = dashboards.dashboard(body, TODAY);

        assertThat(d.statuses()).extracting(StatusCount::status, StatusCount::motions, StatusCount::commitments,
                StatusCount::late).containsExactly(tuple(ItemStatus.OPEN, 1L, 2L, 1L),
                        tuple(ItemStatus.IN_PROGRESS, 2L, 0L, 2L), tuple(ItemStatus.DISCHARGE_PROPOSED, 2L, 0L, 0L),
                        tuple(ItemStatus.DISCHARGED, 2L, 0L, 0L), tuple(ItemStatus.LAPSED, 1L, 1L, 0L));
        assertThat(d.late()).as("late: nothing proposed and past the term").isEqualTo(3);
        assertThat(d.dueSoon()).isEqualTo(1);
        assertThat(d.awaitingDecision()).isEqualTo(2);
        assertThat(d.lateItems())
                .extracting(item -> dutch(item.number()), DashboardItem::days, DashboardItem::responsible)
                .containsExactly(tuple("Motie M2", 196L, "Wethouder A, Wonen"), tuple("Toezegging 2026-1", 106L,
                        "Wethouder A"), tuple("Motie M8", 14L, null));
        assertThat(d.awaitingDecisionItems()).extracting(item -> dutch(item.number()), item -> dutch(item.note()))
                .containsExactly(tuple("Motie M7", "te laat voorgesteld (10 dagen)"), tuple("Motie M5", null));
        assertThat(d.dischargedWhilePromised()).singleElement().satisfies(item -> {
            assertThat(dutch(item.number())).isEqualTo("Motie M3");
            assertThat(dutch(item.note())).isEqualTo("de brief ‘Afdoening M3’ belooft nog 1 toezegging");
            assertThat(messages.getMessage(item.note(), Locale.ENGLISH))
                    .isEqualTo("the letter ‘Afdoening M3’ still promises 1 commitment");
            assertThat(item.path()).isEqualTo("/overzichtproef/moties/m3");
        });
        assertThat(d.terms().judged()).as("answered (M3, M4, M5, M7) or late now (M2, M8, C1)").isEqualTo(7);
        assertThat(d.terms().answeredInTime()).as("M3 and M5").isEqualTo(2);
        assertThat(d.terms().percentInTime()).isEqualTo(29);
        assertThat(d.terms().medianDays()).isEqualTo(229.5);
        assertThat(d.terms().extended()).isEqualTo(1);
        assertThat(d.quarters()).hasSize(Dashboards.QUARTERS).extracting(q -> dutch(q.label()))
                .startsWith("2023 K3").endsWith("2026 K2");
        assertThat(messages.getMessage(d.quarters().get(0).label(), Locale.ENGLISH)).isEqualTo("2023 Q3");
        assertThat(messages.getMessage(d.awaitingDecisionItems().get(0).note(), Locale.ENGLISH))
                .isEqualTo("proposed too late (10 days)");
        assertThat(d.quarters()).filteredOn(q -> q.adopted() + q.discharged() > 0)
                .extracting(q -> dutch(q.label()), QuarterFigures::adopted, QuarterFigures::discharged)
                .containsExactly(tuple("2025 K1", 2L, 0L), tuple("2025 K2", 1L, 0L), tuple("2025 K3", 0L, 1L),
                        tuple("2025 K4", 2L, 0L), tuple("2026 K1", 2L, 1L));
        assertThat(d.perPortfolioHolder()).containsExactly(new GroupFigures("Wethouder A", 2, 2, 0));
        assertThat(d.perDepartment()).containsExactly(new GroupFigures("Wonen", 1, 1, 0));
        assertThat(d.perParty()).containsExactly(new GroupFigures("PA", 1, 1, 0));
    }

    @Test
    void aLetterWithoutSubjectIsNamedBySenderAndDate() {
        jdbc.update("update letters set subject = null, sender = 'Het College van burgemeester en wethouders'"
                + " where body_id = ?", body);

        assertThat(dashboards.dashboard(body, TODAY).dischargedWhilePromised()).singleElement()
                .extracting(item -> dutch(item.note()))
                .isEqualTo("de brief van het college van burgemeester en wethouders van 15 juli 2025 belooft nog 1"
                        + " toezegging");
    }

    @Test
    void theNationalComparisonHasTheBodysRow() {
        assertThat(dashboards.comparison(TODAY)).filteredOn(b -> b.slug().equals("overzichtproef")).singleElement()
                .satisfies(b -> {
                    assertThat(b.open()).isEqualTo(7);
                    assertThat(b.late()).isEqualTo(3);
                    assertThat(b.awaitingDecision()).isEqualTo(2);
                    assertThat(b.discharged()).isEqualTo(2);
                    assertThat(b.terms().percentInTime()).isEqualTo(29);
                    assertThat(b.terms().medianDays()).isEqualTo(229.5);
                });
        assertThat(dashboards.dashboard(null, TODAY).late()).as("all bodies").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNationalDashboardComesBackFromItsTableAsItWasComputed() {
        NationalDashboard.Snapshot computed = new NationalDashboard.Snapshot(TODAY, dashboards.dashboard(null, TODAY),
                dashboards.comparison(TODAY), Instant.now().truncatedTo(ChronoUnit.MICROS));
        assertThat(computed.dashboard().awaitingDecisionItems()).as("a note with a number in it")
                .anyMatch(item -> item.note() != null);
        assertThat(computed.dashboard().dischargedWhilePromised()).as("a note naming a letter").isNotEmpty();
        assertThat(computed.comparison()).as("a median of days").anyMatch(b -> b.terms().medianDays() != null);
        jdbc.update("delete from national_dashboard");
        try {
            assertThat(nationalDashboards.store(computed)).isTrue();

            assertThat(nationalDashboards.load()).contains(computed);
            assertThat(nationalDashboards.store(new NationalDashboard.Snapshot(TODAY, computed.dashboard(),
                    List.of(), computed.computedAt().minusSeconds(1)))).as("an older one").isFalse();
            assertThat(nationalDashboards.load()).contains(computed);
        } finally {
            jdbc.update("delete from national_dashboard");
        }
    }

    @Test
    void thePagesShowTheFiguresAsChartsAndTablesAndNeverADraft() {
        PortalClient portal = new PortalClient(port);
        String page = portal.get("/overzichtproef/overzicht").body();
        assertThat(page).contains("Overzicht van Gemeente Overzichtproef", "<svg", "role=\"img\"",
                "aria-labelledby=\"grafiek-kwartalen-titel grafiek-kwartalen-uitleg\"", "Moties per kwartaal",
                "Moties aangenomen en afgedaan per kwartaal", "Wethouder A", "Wacht op een besluit",
                "de brief ‘Afdoening M3’ belooft nog 1 toezegging", "href=\"/overzichtproef/moties/m2\"",
                "standaardtermijn: <span>6 maanden na aanneming</span>",
                "href=\"/overzichtproef/fracties/feed?fractie=PA\"", "Vervallen")
                .doesNotContain("M6", "style=");
        String national = portal.get("/overzicht?sorteer=te-laat").body();
        assertThat(national).contains("Landelijk overzicht", "Bestuursorganen vergeleken",
                "href=\"/overzichtproef/overzicht\"", "gesorteerd op te laat");
        assertThat(portal.get("/overzicht?sorteer=%3Cscript%3E").statusCode()).isEqualTo(200);
        assertThat(portal.get("/bestaat-niet/overzicht").statusCode()).isEqualTo(404);
    }

    private MotionId motion(String number, String adoptedOn, String dueDate) {
        return fixtures.motion(body, number).titled("Motie " + number).adoptedOn(date(adoptedOn))
                .due(dueDate == null ? null : date(dueDate)).register();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** A note or label as the Dutch page says it; null stays null. */
    private String dutch(MessageSourceResolvable message) {
        return message == null ? null : messages.getMessage(message, Locale.forLanguageTag("nl"));
    }
}
