package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every edit form of the staff area, tried the way a clerk does: open it and save it unchanged (a redirect, no error,
 * nothing written, no audit revision), then change one field (exactly that field changes).
 */
@MotiemonitorTest
class StaffEditFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bodies bodies;

    /**
     * One edit form: where it is, which rows hold what it saves ({@code ?} is the id), and one field to change with
     * the columns that must follow it (for a history table, also the count of its rows).
     */
    record EditForm(String formPath, String action, List<String> rows, String field, String newValue,
            String... columns) {
    }

    @Test
    void motionWithThreeSponsorsFootnotesAndClauses() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        long id = motion(clerk);
        assertThat(jdbc.queryForList("select m.name from motion_sponsors s join members m on m.id = s.member_id"
                + " where s.motion_id = ? order by s.position", String.class, id))
                .containsExactly("Zwart " + id % 1000, "Appel " + id % 1000, "Mol " + id % 1000);
        String path = "/beheer/den-haag/moties/" + id + "/bewerken";
        checkUnchangedAndOneField(clerk, id, new EditForm(path, path, List.of(
                "select * from motions where id = ?",
                "select * from clauses where motion_id = ? order by position",
                "select * from footnotes where motion_id = ? order by position",
                "select * from motion_sponsors where motion_id = ? order by position",
                "select * from motion_party_votes where motion_id = ? order by position"),
                "title", "Een andere titel", "title"));
    }

    @Test
    void commitment() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/toezeggingen/nieuw");
        long id = idFrom(clerk.post("/beheer/den-haag/toezeggingen/nieuw", List.of(Map.entry("text",
                "Het college stuurt de raad voor de zomer een brief."), Map.entry("madeOn", "2024-03-01"),
                Map.entry("madeIn", "Commissie Leefomgeving"), Map.entry("dueDate", "2024-07-01"),
                Map.entry("dueDateText", "voor de zomer"), Map.entry("published", "true"))));
        String path = "/beheer/den-haag/toezeggingen/" + id + "/bewerken";
        checkUnchangedAndOneField(clerk, id, new EditForm(path, path,
                List.of("select * from commitments where id = ?"), "madeIn", "Raadsvergadering", "made_in"));
    }

    @Test
    void letterWithTwoItemsAndTwoSignatories() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        long first = motion(clerk);
        long second = motion(clerk);
        clerk.get("/beheer/den-haag/brieven/nieuw");
        long id = idFrom(clerk.post("/beheer/den-haag/brieven/nieuw", List.of(Map.entry("sentOn", "2024-05-02"),
                Map.entry("subject", "Voortgang " + first), Map.entry("sender", "Het college"),
                Map.entry("fullText", "Eerste alinea.\n\nTweede alinea."),
                Map.entry("answers[0].item", "motie:" + first), Map.entry("answers[0].response", "PROGRESS_ONLY"),
                Map.entry("answers[1].item", "motie:" + second), Map.entry("answers[1].response", "PROGRESS_ONLY"),
                Map.entry("signatories[0].name", "A. de Vries"), Map.entry("signatories[0].role", "burgemeester"),
                Map.entry("signatories[1].name", "B. Jansen"), Map.entry("signatories[1].role", "secretaris"))));
        String path = "/beheer/den-haag/brieven/" + id + "/bewerken";
        checkUnchangedAndOneField(clerk, id, new EditForm(path, path, List.of(
                "select * from letters where id = ?",
                "select * from letter_items where letter_id = ? order by position",
                "select * from letter_signatories where letter_id = ? order by position"),
                "subject", "Tweede voortgangsbrief", "subject"));
    }

    @Test
    void bodyDefaultTerm() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        long id = jdbc.queryForObject("select id from bodies where slug = 'groningen'", Long.class);
        checkUnchangedAndOneField(clerk, id, new EditForm("/beheer/groningen/termijn", "/beheer/groningen/termijn",
                List.of("select * from bodies where id = ?"), "dates", "1-7", "default_term_dates"));
    }

    @Test
    void responsibleForAnItem() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        long id = motion(clerk);
        String action = "/beheer/den-haag/moties/" + id + "/verantwoordelijke";
        clerk.get("/beheer/den-haag/moties/" + id);
        clerk.post(action, Map.of("department", "Dienst Stedelijke Ontwikkeling", "portfolioHolder", "Wethouder Mol"));
        checkUnchangedAndOneField(clerk, id, new EditForm("/beheer/den-haag/moties/" + id, action,
                List.of("select count(*) as rows from responsibilities where motion_id = ?",
                        "select department, portfolio_holder from responsibilities where motion_id = ? order by id desc"
                                + " limit 1"),
                "portfolioHolder", "Wethouder Zwart", "rows", "portfolio_holder"));
    }

    @Test
    void body() {
        StaffClient admin = StaffClient.admin(port, jdbc);
        long id = bodies.register("bewerkproef", "Gemeente Bewerkproef", BodyKind.MUNICIPALITY, "GM9876", null).id();
        String path = "/beheer/bestuursorganen/" + id;
        checkUnchangedAndOneField(admin, id, new EditForm(path, path,
                List.of("select id, slug, name, kind, cbs_code, theme from bodies where id = ?",
                        "select count(*) as audited from bodies_aud where id = ?"),
                "name", "Gemeente Bewerkproef-Noord", "name", "audited"));
    }

    @Test
    void userRoles() {
        StaffClient admin = StaffClient.admin(port, jdbc);
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        long id = jdbc.queryForObject("select id from users where username = ?", Long.class, clerk.username());
        long denHaag = jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class);
        String path = "/beheer/gebruikers/" + id;
        checkUnchangedAndOneField(admin, id, new EditForm(path, path + "/rollen", List.of(
                "select id, username, display_name, admin, enabled from users where id = ?",
                "select body_id, role from user_body_roles where user_id = ? order by body_id"),
                "roles[" + denHaag + "]", "MEMBER", "role"), () -> assertThat(clerk.get("/beheer").statusCode())
                        .as("an unchanged save keeps the user's session").isEqualTo(200));
        assertThat(clerk.get("/beheer").statusCode()).as("the clerk's session ended with the role change")
                .isEqualTo(302);
    }

    /** Saves the form unchanged, then with one field changed, and compares the rows each time. */
    private void checkUnchangedAndOneField(StaffClient staff, long id, EditForm edit) {
        checkUnchangedAndOneField(staff, id, edit, () -> { });
    }

    /** … and runs {@code afterUnchanged} between the two saves. */
    private void checkUnchangedAndOneField(StaffClient staff, long id, EditForm edit, Runnable afterUnchanged) {
        List<List<Map<String, Object>>> before = rows(edit, id);
        long revisions = revisions();

        HttpResponse<String> unchanged = save(staff, HtmlForm.of(staff.get(edit.formPath()).body(), edit.action()));

        assertThat(unchanged.statusCode()).as("saving %s unchanged: %s", edit.formPath(), unchanged.body())
                .isEqualTo(302);
        String shown = staff.get(java.net.URI.create(unchanged.headers().firstValue("Location").orElseThrow())
                .getPath()).body();
        assertThat(shown).doesNotContain("Controleer het formulier", "utrecht-alert--error");
        assertThat(rows(edit, id)).as("nothing written by an unchanged save of %s", edit.formPath())
                .isEqualTo(before);
        assertThat(revisions()).as("no audit revision for an unchanged save").isEqualTo(revisions);
        afterUnchanged.run();

        HtmlForm form = HtmlForm.of(staff.get(edit.formPath()).body(), edit.action());
        HttpResponse<String> changed = save(staff, form.with(edit.field(), edit.newValue()));

        assertThat(changed.statusCode()).as("saving %s with %s changed: %s", edit.formPath(), edit.field(),
                changed.body()).isEqualTo(302);
        assertThat(differences(before, rows(edit, id))).as("what changed when only %s was changed", edit.field())
                .containsOnlyKeys(edit.columns());
    }

    private static HttpResponse<String> save(StaffClient staff, HtmlForm form) {
        return staff.post(form.action(), form.fields());
    }

    private List<List<Map<String, Object>>> rows(EditForm edit, long id) {
        return edit.rows().stream().map(sql -> jdbc.queryForList(sql, id)).toList();
    }

    /** Per column name: the values that differ between the two readings (the version column does not count). */
    private static Map<String, List<Object>> differences(List<List<Map<String, Object>>> before,
            List<List<Map<String, Object>>> after) {
        Map<String, List<Object>> differences = new LinkedHashMap<>();
        for (int table = 0; table < before.size(); table++) {
            List<Map<String, Object>> was = before.get(table);
            List<Map<String, Object>> is = after.get(table);
            for (int row = 0; row < Math.max(was.size(), is.size()); row++) {
                Map<String, Object> old = row < was.size() ? was.get(row) : Map.of();
                Map<String, Object> now = row < is.size() ? is.get(row) : Map.of();
                java.util.Set<String> columns = new java.util.TreeSet<>(old.keySet());
                columns.addAll(now.keySet());
                for (String column : columns) {
                    if (!column.equals("version") && !Objects.equals(old.get(column), now.get(column))) {
                        differences.computeIfAbsent(column, c -> new ArrayList<>()).add(now.get(column));
                    }
                }
            }
        }
        return differences;
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }

    /**
     * A published motion with three new sponsors (typed Zwart, Appel, Mol), a vote per party, three clauses and two
     * footnotes.
     */
    private long motion(StaffClient clerk) {
        String number = "EDIT-" + UUID.randomUUID().toString().substring(0, 8);
        String suffix = String.valueOf(jdbc.queryForObject("select coalesce(max(id), 0) + 1 from motions", Long.class)
                % 1000);
        clerk.get("/beheer/den-haag/moties/nieuw");
        return idFrom(clerk.post("/beheer/den-haag/moties/nieuw", List.of(Map.entry("registrationNumber", number),
                Map.entry("title", "Bankjes in het park"), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "2024-02-01"), Map.entry("adoptedOnPrecision", "DAY"),
                Map.entry("votesFor", "30"), Map.entry("votesAgainst", "15"), Map.entry("published", "true"),
                Map.entry("partiesFor", "GroenLinks (12), PvdA (10), D66 (8)"),
                Map.entry("partiesAgainst", "VVD (9), CDA (6)"),
                Map.entry("newSponsors", "Zwart " + suffix + " (VVD)\nAppel " + suffix + " (D66)\nMol " + suffix
                        + " (CDA)"),
                Map.entry("clauses[0].kind", "NOTING"), Map.entry("clauses[0].text", "er te weinig bankjes zijn¹;"),
                Map.entry("clauses[1].kind", "CONSIDERING"), Map.entry("clauses[1].text", "ouderen graag rusten²;"),
                Map.entry("clauses[2].kind", "REQUEST"), Map.entry("clauses[2].text", "twintig bankjes te plaatsen."),
                Map.entry("footnotes[0].marker", "1"), Map.entry("footnotes[0].clauseNumber", "1"),
                Map.entry("footnotes[0].anchor", "bankjes"), Map.entry("footnotes[0].text", "Telling 2023."),
                Map.entry("footnotes[1].marker", "2"), Map.entry("footnotes[1].clauseNumber", "2"),
                Map.entry("footnotes[1].anchor", "rusten"), Map.entry("footnotes[1].text", "Enquête."))));
    }

    private static long idFrom(HttpResponse<String> saved) {
        assertThat(saved.statusCode()).as("saved: %s", saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
