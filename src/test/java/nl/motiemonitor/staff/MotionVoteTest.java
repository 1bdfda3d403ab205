package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vote as it happened: every outcome, the day, and each party group's vote with its seats. */
@MotiemonitorTest
class MotionVoteTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theVotePerPartyIsSavedAndShownOnThePublicPage() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = number();

        HttpResponse<String> saved = save(clerk, number, "ADOPTED", Map.of("partiesFor", "GroenLinks (8), PvdA (5),"
                + " Partij voor de Dieren", "partiesAgainst", "VVD (6)\nCDA (2)", "votesAgainst", "8"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Document page = Jsoup.parse(new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body());
        String vote = page.select("dt:containsOwn(Stemming per fractie) + dd").text();
        assertThat(vote).isEqualTo("Voor: GroenLinks (8 zetels), PvdA (5 zetels), Partij voor de Dieren"
                + " Tegen: VVD (6 zetels), CDA (2 zetels)");
        assertThat(page.select("dt:containsOwn(Aangenomen op) + dd").text()).isEqualTo("12 maart 2024");
        assertThat(jdbc.queryForList("select p.name from parties p join bodies b on b.id = p.body_id"
                + " where b.slug = 'den-haag' and p.name = 'Partij voor de Dieren'")).hasSize(1);
    }

    @Test
    void aRejectedMotionSaysSoAndHasNoStatusTermOrPlaceInTheFigures() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = number();

        assertThat(save(clerk, number, "REJECTED", Map.of("partiesFor", "GroenLinks", "partiesAgainst", "VVD, CDA"))
                .statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body());
        page.select(".mm-legend").remove();
        assertThat(page.select("dt:containsOwn(Verworpen op) + dd").text()).isEqualTo("12 maart 2024");
        assertThat(page.select("dt:containsOwn(Uitslag) + dd").text()).startsWith("Verworpen");
        assertThat(page.text()).doesNotContain("Aangenomen op", "te laat").contains("Geen afdoening");
        assertThat(jdbc.queryForObject("select count(*) from item_terms where number = ?", Long.class, number))
                .isZero();
        Document list = Jsoup.parse(new PortalClient(port).get("/den-haag").body());
        assertThat(list.select("tr:has(a[href$=/" + number.toLowerCase() + "])").text()).contains("Verworpen,",
                "12 maart 2024", "Geen afdoening");
    }

    @Test
    void aMotionTakenOverByTheExecutiveIsTrackedLikeAnAdoptedOne() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = number();

        assertThat(save(clerk, number, "TAKEN_OVER", Map.of()).statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select status from motions where registration_number = ?", String.class,
                number)).isEqualTo("OPEN");
        Document page = Jsoup.parse(new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body());
        assertThat(page.select("dt:containsOwn(Overgenomen op) + dd").text()).isEqualTo("12 maart 2024");
    }

    @Test
    void aPartyForAndAgainstOrSeatsThatContradictTheTotalAreRefusedAndTheTypingKept() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");

        HttpResponse<String> both = save(clerk, number(), "ADOPTED", Map.of("partiesFor", "GroenLinks, VVD",
                "partiesAgainst", "vvd"));
        assertThat(both.statusCode()).isEqualTo(200);
        assertThat(both.body()).contains("Fracties tegen: vvd staat bij voor én bij tegen.", "GroenLinks, VVD");

        HttpResponse<String> seats = save(clerk, number(), "ADOPTED", Map.of("partiesFor", "GroenLinks (8), PvdA (5)",
                "votesFor", "12"));
        assertThat(seats.statusCode()).isEqualTo(200);
        assertThat(seats.body()).contains("Stemmen voor: er zijn 12 stemmen voor, maar de fracties voor hebben samen 13 zetels.");
    }

    private static HttpResponse<String> save(StaffClient clerk, String number, String outcome,
            Map<String, String> vote) {
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("registrationNumber", number),
                Map.entry("title", "Fietsenstalling bij het station"), Map.entry("voteOutcome", outcome),
                Map.entry("adoptedOn", "2024-03-12"), Map.entry("published", "true"),
                Map.entry("clauses[0].kind", "REQUEST"), Map.entry("clauses[0].text", "een stalling te bouwen.")));
        fields.addAll(vote.entrySet());
        return clerk.post("/beheer/den-haag/moties/nieuw", fields);
    }

    private static String number() {
        return "V-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
