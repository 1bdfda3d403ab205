package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk keeps the motions of their own body: forms, validation, concurrent edits, status and history. */
@MotiemonitorTest
class StaffMotionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clerkCreatesAMotionWithThreeClausesPublishesItAndThePublicSeesIt() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");

        HttpResponse<String> saved = clerk.post("/beheer/den-haag/moties/nieuw", motion(number, "Meer bankjes in het park",
                true, "NOTING", "er te weinig bankjes zijn;", "CONSIDERING", "ouderen graag rusten;",
                "REQUEST", "twintig bankjes te plaatsen."));

        assertThat(saved.statusCode()).isEqualTo(302);
        String show = clerk.get(location(saved)).body();
        assertThat(show).contains("De motie is opgeslagen.", "Meer bankjes in het park", "Gepubliceerd");
        String publicPage = new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body();
        assertThat(publicPage).contains("Meer bankjes in het park", "Constaterende dat", "er te weinig bankjes zijn;",
                "Overwegende dat", "Verzoekt het college", "twintig bankjes te plaatsen.",
                clerk.displayName());
    }

    @Test
    void draftStaysOutOfEveryPublicPage() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        clerk.post("/beheer/den-haag/moties/nieuw", motion(number, "Geheim concept", false, "REQUEST", "iets te doen."));

        PortalClient anonymous = new PortalClient(port);
        assertThat(anonymous.get("/den-haag/moties/" + number.toLowerCase()).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/den-haag").body()).doesNotContain("Geheim concept");
        assertThat(anonymous.get("/").body()).doesNotContain("Geheim concept");
        assertThat(clerk.get("/beheer/den-haag/moties").body()).contains("Geheim concept", "Concept");
    }

    @Test
    void invalidInputIsExplainedInDutchNextToTheFieldAndInASummaryAndNothingTypedIsLost() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion("", "Mijn zorgvuldig getypte titel", true, "NOTING", "  ");
        fields.add(Map.entry("votesFor", "-3"));
        fields.replaceAll(field -> field.getKey().equals("adoptedOn") ? Map.entry("adoptedOn", "2999-01-01") : field);

        HttpResponse<String> response = clerk.post("/beheer/den-haag/moties/nieuw", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Controleer het formulier", "href=\"#registrationNumber\"",
                "Registratienummer: vul het registratienummer in.",
                "Tekst van overweging 1: vul de tekst van de overweging in, of verwijder de regel.",
                "href=\"#clauses-0.text\"", "Stemmen voor: het aantal stemmen voor kan niet negatief zijn.",
                "Datum van de stemming: die ligt in de toekomst.", "value=\"Mijn zorgvuldig getypte titel\"",
                "aria-describedby=\"registrationNumber-fout\"", "id=\"registrationNumber-fout\"");
    }

    @Test
    void aDateThatIsNoDateGetsADutchMessage() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion(uniqueNumber(), "Titel", true, "REQUEST", "iets.");
        fields.add(Map.entry("dueDate", "morgen"));

        assertThat(clerk.post("/beheer/den-haag/moties/nieuw", fields).body()).contains("Termijn: vul een geldige datum in.")
                .contains("value=\"morgen\"");
    }

    @Test
    void duplicateRegistrationNumberInTheSameBodyIsRefusedWithAClearMessage() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");

        HttpResponse<String> response = clerk.post("/beheer/den-haag/moties/nieuw",
                motion("ris323480", "Dubbel", true, "REQUEST", "iets."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Registratienummer: er is al een motie met dit registratienummer bij dit bestuursorgaan: RIS323480.");
    }

    @Test
    void clauseRowsAreAddedMovedAndRemovedWithoutJavaScriptAndWithoutSaving() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion(number, "Rijen", true, "NOTING", "eerste;", "REQUEST", "tweede.");

        List<Map.Entry<String, String>> moveUp = new ArrayList<>(fields);
        moveUp.add(Map.entry("rij", "overwegingen:omhoog:1"));
        String moved = clerk.post("/beheer/den-haag/moties/nieuw", moveUp).body();
        assertThat(moved.indexOf("tweede.")).isLessThan(moved.indexOf("eerste;"));
        assertThat(moved).doesNotContain("Controleer het formulier");

        List<Map.Entry<String, String>> add = new ArrayList<>(fields);
        add.add(Map.entry("rij", "overwegingen:toevoegen"));
        assertThat(clerk.post("/beheer/den-haag/moties/nieuw", add).body()).contains("Tekst van overweging 3");

        List<Map.Entry<String, String>> remove = new ArrayList<>(fields);
        remove.add(Map.entry("rij", "overwegingen:verwijderen:0"));
        assertThat(clerk.post("/beheer/den-haag/moties/nieuw", remove).body()).doesNotContain("eerste;")
                .contains("tweede.");

        assertThat(jdbc.queryForObject("select count(*) from motions where registration_number = ?", Integer.class,
                number)).isZero();
    }

    @Test
    void secondOfTwoConcurrentEditsIsRefusedNamingWhoChangedItAndKeepsBothVersions() {
        StaffClient first = StaffClient.clerk(port, jdbc, "den-haag");
        StaffClient second = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        first.get("/beheer/den-haag/moties/nieuw");
        String path = location(first.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Oorspronkelijke titel", false, "REQUEST", "iets te doen.")));
        String version = hiddenVersion(first.get(path + "/bewerken").body());
        second.get(path + "/bewerken");

        List<Map.Entry<String, String>> firstEdit = motion(number, "Titel van de eerste", false, "REQUEST", "iets te doen.");
        firstEdit.add(Map.entry("version", version));
        assertThat(first.post(path + "/bewerken", firstEdit).statusCode()).isEqualTo(302);

        List<Map.Entry<String, String>> secondEdit = motion(number, "Titel van de tweede", false, "REQUEST", "iets anders.");
        secondEdit.add(Map.entry("version", version));
        HttpResponse<String> conflict = second.post(path + "/bewerken", secondEdit);

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Niet opgeslagen: de motie is intussen gewijzigd", "Gewijzigd door",
                first.username(), "value=\"Titel van de tweede\"", "iets anders.", "De opgeslagen versie",
                "Titel van de eerste");
        assertThat(jdbc.queryForObject("select title from motions where registration_number = ?", String.class,
                number)).isEqualTo("Titel van de eerste");

        List<Map.Entry<String, String>> retry = motion(number, "Titel van de tweede", false, "REQUEST", "iets anders.");
        retry.add(Map.entry("version", hiddenVersion(conflict.body())));
        assertThat(second.post(path + "/bewerken", retry).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select title from motions where registration_number = ?", String.class,
                number)).isEqualTo("Titel van de tweede");
    }

    @Test
    void statusChangesFollowTheLifecycleNeedAReasonAndRefuseIllegalMovesWithTheReason() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        String path = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Statusproef", true, "REQUEST", "iets te doen.")));
        clerk.get(path);

        assertThat(clerk.post(path + "/status", Map.of("move", "ACCEPT_DISCHARGE", "reason", "Raad stemt in.")).body())
                .contains("alleen aanvaarden als die is voorgesteld");
        assertThat(clerk.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE", "reason", " ")).body())
                .contains("Reden: vermeld de reden van de statuswijziging.");
        assertThat(clerk.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE",
                "reason", "Brief van het college.", "effectiveOn", "2026-01-05")).statusCode()).isEqualTo(302);
        clerk.get(path);
        assertThat(clerk.post(path + "/status", Map.of("move", "ACCEPT_DISCHARGE",
                "reason", "Raadsbesluit van 20 januari.")).statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select status from motions where registration_number = ?", String.class,
                number)).isEqualTo("DISCHARGED");
        assertThat(new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body())
                .contains("Afgedaan", "Raadsbesluit van 20 januari.", "5 januari 2026");
    }

    @Test
    void aClerkDeclaresAMotionLapsedOnlyWithAReasonAndThePublicSeesVervallenWithTheReason() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        String path = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Vervalproef " + number, true, "REQUEST", "iets te doen.")));
        assertThat(clerk.get(path).body()).contains("Vervallen verklaren", "id=\"termijn-verlengen\"");

        HttpResponse<String> missing = clerk.post(path + "/status", Map.of("move", "LAPSE", "reason", "  ",
                "effectiveOn", "2026-02-03"));

        assertThat(missing.statusCode()).isEqualTo(200);
        Document form = Jsoup.parse(missing.body());
        assertThat(form.select("#reason-fout").text()).as("next to the field")
                .isEqualTo("Reden: vermeld de reden van de statuswijziging.");
        assertThat(form.select("#reason").attr("aria-describedby")).isEqualTo("reason-fout");
        assertThat(missing.body()).contains("Reden: vermeld de reden van de statuswijziging.", "href=\"#reason\"")
                .doesNotContain("Exception");
        assertThat(form.select("#move option[selected]").attr("value")).as("the move chosen is kept").isEqualTo("LAPSE");
        assertThat(form.select("#effectiveOn").val()).as("the date typed is kept").isEqualTo("2026-02-03");
        assertThat(status(number)).isEqualTo("OPEN");

        String reason = "Achterhaald door de Omgevingswet; de raad besloot dat op 3 februari.";
        assertThat(location(clerk.post(path + "/status", Map.of("move", "LAPSE", "reason", reason,
                "effectiveOn", "2026-02-03")))).isEqualTo(path);

        assertThat(status(number)).isEqualTo("LAPSED");
        assertThat(clerk.get(path).body()).contains("Vervallen verklaard. De reden staat in de tijdlijn")
                .doesNotContain("id=\"termijn-verlengen\"");
        PortalClient portal = new PortalClient(port);
        Document publicPage = Jsoup.parse(portal.get("/den-haag/moties/" + number.toLowerCase()).body());
        assertThat(publicPage.select(".mm-badges").first().text()).isEqualTo("Vervallen");
        assertThat(publicPage.select(".mm-timeline__item").last().text()).contains("3 februari 2026",
                "Open → Vervallen", reason);
        assertThat(portal.get("/den-haag?status=vervallen").body()).contains("Vervalproef " + number);
        assertThat(Jsoup.parse(clerk.post(path + "/status", Map.of("move", "LAPSE", "reason", "Nog eens."))
                .body()).text()).contains("Motie " + number + " kan niet van 'Vervallen' naar 'Vervallen'.");
    }

    @Test
    void historyShowsEveryRevisionWithWhoAndWhatChanged() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        String path = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Eerste titel", false, "REQUEST", "iets te doen.")));
        List<Map.Entry<String, String>> edit = motion(number, "Tweede titel", false, "REQUEST", "iets te doen.",
                "CONSIDERING", "een nieuwe overweging;");
        edit.add(Map.entry("version", hiddenVersion(clerk.get(path + "/bewerken").body())));
        clerk.post(path + "/bewerken", edit);

        String history = clerk.get(path + "/geschiedenis").body();

        assertThat(history).contains("Aangemaakt", "Gewijzigd", clerk.username(), "Titel", "Eerste titel",
                "Tweede titel", "Overweging 2 (Overwegende dat)", "een nieuwe overweging;");
        assertThat(history.indexOf("Gewijzigd")).as("newest first").isLessThan(history.indexOf("Aangemaakt"));
    }

    @Test
    void memberReadsDraftsOfTheirBodyButCannotChangeAnything() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");
        String path = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(uniqueNumber(), "Concept voor raadsleden", false, "REQUEST", "iets.")));
        StaffClient member = StaffClient.member(port, jdbc, "den-haag");

        assertThat(member.get(path).body()).contains("Concept voor raadsleden").doesNotContain("Status wijzigen");
        assertThat(member.get(path + "/geschiedenis").statusCode()).isEqualTo(200);
        assertThat(member.get(path + "/bewerken").statusCode()).isEqualTo(403);
        assertThat(member.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE", "reason", "x")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void clerkOfAnotherBodyReachesNothingOfThisOneAndCannotSmuggleItemsAcross() {
        StaffClient denHaag = StaffClient.clerk(port, jdbc, "den-haag");
        denHaag.get("/beheer/den-haag/moties/nieuw");
        String path = location(denHaag.post("/beheer/den-haag/moties/nieuw",
                motion(uniqueNumber(), "Alleen voor Den Haag", false, "REQUEST", "iets.")));
        String id = path.substring(path.lastIndexOf('/') + 1);
        StaffClient groningen = StaffClient.clerk(port, jdbc, "groningen");

        assertThat(groningen.get("/beheer/den-haag/moties").statusCode()).isEqualTo(403);
        assertThat(groningen.get(path).statusCode()).isEqualTo(403);
        assertThat(groningen.get(path + "/bewerken").statusCode()).isEqualTo(403);
        assertThat(groningen.get("/beheer/groningen/moties/" + id).statusCode()).as("another body's id").isEqualTo(404);
        assertThat(groningen.get("/beheer/groningen/moties/" + id + "/bewerken").statusCode()).isEqualTo(404);
        groningen.get("/beheer/groningen/moties");
        assertThat(groningen.post("/beheer/groningen/moties/" + id + "/status",
                Map.of("move", "PROPOSE_DISCHARGE", "reason", "x")).statusCode()).isEqualTo(404);

        Long denHaagMember = jdbc.queryForObject("select min(m.id) from members m join bodies b on b.id = m.body_id "
                + "where b.slug = 'den-haag'", Long.class);
        groningen.get("/beheer/groningen/moties/nieuw");
        List<Map.Entry<String, String>> smuggle = motion(uniqueNumber(), "Smokkel", false, "REQUEST", "iets.");
        smuggle.add(Map.entry("sponsorIds", denHaagMember.toString()));
        String created = location(groningen.post("/beheer/groningen/moties/nieuw", smuggle));
        Long createdId = Long.valueOf(created.substring(created.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from motion_sponsors where motion_id = ?", Integer.class,
                createdId)).as("a member of another body is never linked").isZero();
        assertThat(jdbc.queryForObject("select b.slug from motions m join bodies b on b.id = m.body_id where m.id = ?",
                String.class, createdId)).isEqualTo("groningen");
    }

    @Test
    void formsBindOnlyTheirOwnFieldsSoAnIdOrBodyInTheRequestIsIgnored() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        Long groningen = jdbc.queryForObject("select id from bodies where slug = 'groningen'", Long.class);
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion(number, "Velden", false, "REQUEST", "iets.");
        fields.add(Map.entry("bodyId", groningen.toString()));
        fields.add(Map.entry("body", "groningen"));
        fields.add(Map.entry("id", "1"));
        fields.add(Map.entry("status", "DISCHARGED"));

        String path = location(clerk.post("/beheer/den-haag/moties/nieuw", fields));

        Map<String, Object> saved = jdbc.queryForMap("select m.id, b.slug, m.status from motions m "
                + "join bodies b on b.id = m.body_id where m.registration_number = ?", number);
        assertThat(saved).containsEntry("slug", "den-haag").containsEntry("status", "OPEN");
        assertThat(saved.get("id")).isNotEqualTo(1L);
        assertThat(path).endsWith("/moties/" + saved.get("id"));
    }

    @Test
    void formsRefuseAPostWithoutCsrfToken() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();

        HttpResponse<String> forged = clerk.postWithoutCsrf("/beheer/den-haag/moties/nieuw",
                Map.of("registrationNumber", number, "voteOutcome", "ADOPTED"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from motions where registration_number = ?", Integer.class,
                number)).isZero();
    }

    static List<Map.Entry<String, String>> motion(String number, String title, boolean published, String... clauses) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("registrationNumber", number));
        fields.add(Map.entry("title", title));
        fields.add(Map.entry("voteOutcome", "ADOPTED"));
        fields.add(Map.entry("adoptedOn", "2026-01-01"));
        fields.add(Map.entry("adoptedOnPrecision", "DAY"));
        for (int i = 0; i < clauses.length / 2; i++) {
            fields.add(Map.entry("clauses[" + i + "].kind", clauses[2 * i]));
            fields.add(Map.entry("clauses[" + i + "].text", clauses[2 * i + 1]));
        }
        if (published) {
            fields.add(Map.entry("published", "true"));
        }
        return fields;
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from motions where registration_number = ?", String.class, number);
    }

    static String uniqueNumber() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String hiddenVersion(String html) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(version.find()).as("version field").isTrue();
        return version.group(1);
    }
}
