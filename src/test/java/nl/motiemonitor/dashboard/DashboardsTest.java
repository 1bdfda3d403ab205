package nl.motiemonitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures on a small data set whose right answers are worked out by hand (on 15 June 2026). */
@MotiemonitorTest
class DashboardsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dashboards dashboards;

    Long body;

    @BeforeEach
    void createData() {
        body = jdbc.queryForObject("insert into bodies (slug, name, kind, default_term_months) values"
                + " ('overzichtproef', 'Gemeente Overzichtproef', 'MUNICIPALITY', 6) returning id", Long.class);
        Long party = jdbc.queryForObject("insert into parties (body_id, name, abbreviation) values (?, 'Partij A',"
                + " 'PA') returning id", Long.class, body);
        Long member = jdbc.queryForObject("insert into members (body_id, name, party_id) values (?, 'Lid A', ?)"
                + " returning id", Long.class, body, party);
        motion("M1", "2026-01-10", null, "OPEN", true);                       // default term 10 July: due soon
        long m2 = motion("M2", "2025-06-01", "2025-12-01", "IN_PROGRESS", true); // 196 days late
        jdbc.update("insert into motion_sponsors (motion_id, position, member_id) values (?, 0, ?)", m2, member);
        jdbc.update("insert into responsibilities (motion_id, department, portfolio_holder, recorded_by)"
                + " values (?, 'Wonen', 'Wethouder A', 'griffie')", m2);
        long m3 = motion("M3", "2025-03-01", "2025-09-01", "DISCHARGED", true);  // answered in time, 153 days
        change(m3, 0, "DISCHARGE_PROPOSED", "2025-07-15");
        change(m3, 1, "DISCHARGED", "2025-08-01");
        long m4 = motion("M4", "2025-03-01", "2025-06-01", "DISCHARGED", true);  // extended, proposed 19 days late
        jdbc.update("insert into term_extensions (motion_id, from_date, to_date, reason, recorded_by) values"
                + " (?, '2025-06-01', '2025-12-01', 'Uitstelbrief.', 'griffie')", m4);
        change(m4, 0, "DISCHARGE_PROPOSED", "2025-12-20");
        change(m4, 1, "DISCHARGED", "2026-01-01");                            // 306 days to discharge
        long m5 = motion("M5", "2026-02-01", "2026-05-01", "DISCHARGE_PROPOSED", true); // proposed in time: waits
        change(m5, 0, "DISCHARGE_PROPOSED", "2026-04-20");
        long m7 = motion("M7", "2025-10-01", "2026-03-01", "DISCHARGE_PROPOSED", true); // proposed 10 days late
        change(m7, 0, "DISCHARGE_PROPOSED", "2026-03-11");
        long m8 = motion("M8", "2025-11-15", "2026-06-01", "IN_PROGRESS", true); // proposal rejected: 14 days late
        change(m8, 0, "DISCHARGE_PROPOSED", "2026-05-20");
        change(m8, 1, "IN_PROGRESS", "2026-06-05");
        motion("M6", "2025-01-01", "2025-02-01", "OPEN", false);              // a draft: never counted
        long c1 = jdbc.queryForObject("insert into commitments (body_id, number, text, made_on, due_date, status,"
                + " published) values (?, 'C1', 'Wij sturen een plan.', '2026-01-01', '2026-03-01', 'OPEN', true)"
                + " returning id", Long.class, body);                         // 106 days late
        jdbc.update("insert into responsibilities (commitment_id, portfolio_holder, recorded_by)"
                + " values (?, 'Wethouder A', 'griffie')", c1);
        Long letter = jdbc.queryForObject("insert into letters (body_id, subject, sent_on, published) values"
                + " (?, 'Afdoening M3', '2025-07-15', true) returning id", Long.class, body);
        jdbc.update("insert into letter_items (letter_id, position, motion_id, response) values"
                + " (?, 0, ?, 'DISCHARGE_CLAIMED')", letter, m3);
        jdbc.update("insert into commitments (body_id, number, text, made_in_letter_id, status, published) values"
                + " (?, 'C2', 'Wij komen terug op de evaluatie.', ?, 'OPEN', true)", body, letter);
    }

    @AfterEach
    void removeData() {
        jdbc.update("delete from commitments where body_id = ?", body);
        jdbc.update("delete from letters where body_id = ?", body);
        jdbc.update("delete from motions where body_id = ?", body);
        jdbc.update("delete from members where body_id = ?", body);
        jdbc.update("delete from parties where body_id = ?", body);
        jdbc.update("delete from bodies where id = ?", body);
    }

    @Test
    void theFiguresOfABodyAreTheOnesWorkedOutByHand() {
        BodyDashboard d = dashboards.dashboard(body, TODAY);

        assertThat(d.statuses()).extracting(StatusCount::status, StatusCount::motions, StatusCount::commitments,
                StatusCount::late).containsExactly(tuple(ItemStatus.OPEN, 1L, 2L, 1L),
                        tuple(ItemStatus.IN_PROGRESS, 2L, 0L, 2L), tuple(ItemStatus.DISCHARGE_PROPOSED, 2L, 0L, 0L),
                        tuple(ItemStatus.DISCHARGED, 2L, 0L, 0L));
        assertThat(d.late()).as("late: nothing proposed and past the term").isEqualTo(3);
        assertThat(d.dueSoon()).isEqualTo(1);
        assertThat(d.awaitingDecision()).isEqualTo(2);
        assertThat(d.lateItems()).extracting(DashboardItem::number, DashboardItem::days, DashboardItem::responsible)
                .containsExactly(tuple("Motie M2", 196L, "Wethouder A, Wonen"), tuple("Toezegging C1", 106L,
                        "Wethouder A"), tuple("Motie M8", 14L, null));
        assertThat(d.awaitingDecisionItems()).extracting(DashboardItem::number, DashboardItem::note)
                .containsExactly(tuple("Motie M7", "te laat voorgesteld (10 dagen)"), tuple("Motie M5", null));
        assertThat(d.dischargedWhilePromised()).singleElement().satisfies(item -> {
            assertThat(item.number()).isEqualTo("Motie M3");
            assertThat(item.note()).isEqualTo("de brief ‘Afdoening M3’ belooft nog 1 toezegging");
            assertThat(item.path()).isEqualTo("/overzichtproef/moties/m3");
        });
        assertThat(d.terms().judged()).as("answered (M3, M4, M5, M7) or late now (M2, M8, C1)").isEqualTo(7);
        assertThat(d.terms().answeredInTime()).as("M3 and M5").isEqualTo(2);
        assertThat(d.terms().percentInTime()).isEqualTo(29);
        assertThat(d.terms().medianDays()).isEqualTo(229.5);
        assertThat(d.terms().extended()).isEqualTo(1);
        assertThat(d.quarters()).hasSize(Dashboards.QUARTERS).extracting(QuarterFigures::quarter)
                .startsWith("2023 K3").endsWith("2026 K2");
        assertThat(d.quarters()).filteredOn(q -> q.adopted() + q.discharged() > 0)
                .extracting(QuarterFigures::quarter, QuarterFigures::adopted, QuarterFigures::discharged)
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
                .extracting(DashboardItem::note).isEqualTo("de brief van het college van burgemeester en wethouders"
                        + " van 15 juli 2025 belooft nog 1 toezegging");
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
    void thePagesShowTheFiguresAsChartsAndTablesAndNeverADraft() {
        PortalClient portal = new PortalClient(port);
        String page = portal.get("/overzichtproef/overzicht").body();
        assertThat(page).contains("Overzicht van Gemeente Overzichtproef", "<svg", "role=\"img\"",
                "aria-labelledby=\"grafiek-kwartalen-titel grafiek-kwartalen-uitleg\"", "Moties per kwartaal",
                "Moties aangenomen en afgedaan per kwartaal", "Wethouder A", "Wacht op een besluit",
                "de brief ‘Afdoening M3’ belooft nog 1 toezegging", "href=\"/overzichtproef/moties/m2\"",
                "standaardtermijn: <span>6 maanden na aanneming</span>",
                "href=\"/overzichtproef/fracties/feed?fractie=PA\"")
                .doesNotContain("M6", "style=");
        String national = portal.get("/overzicht?sorteer=te-laat").body();
        assertThat(national).contains("Landelijk overzicht", "Bestuursorganen vergeleken",
                "href=\"/overzichtproef/overzicht\"", "gesorteerd op te laat");
        assertThat(portal.get("/overzicht?sorteer=%3Cscript%3E").statusCode()).isEqualTo(200);
        assertThat(portal.get("/bestaat-niet/overzicht").statusCode()).isEqualTo(404);
    }

    private long motion(String number, String adoptedOn, String dueDate, String status, boolean published) {
        return jdbc.queryForObject("insert into motions (body_id, registration_number, title, vote_outcome, status,"
                + " published, adopted_on, due_date) values (?, ?, ?, 'ADOPTED', ?, ?, ?::date, ?::date)"
                + " returning id", Long.class, body, number, "Motie " + number, status, published, adoptedOn, dueDate);
    }

    /** A step in the motion's history (the raw status column is set by {@link #motion} already). */
    private void change(long motion, int position, String to, String on) {
        jdbc.update("insert into status_changes (motion_id, position, to_status, effective_on, recorded_by, reason)"
                + " values (?, ?, ?, ?::date, 'griffie', 'Zo gebeurd.')", motion, position, to, on);
    }
}
