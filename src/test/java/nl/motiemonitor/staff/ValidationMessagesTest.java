package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input keeps what was typed: every message names its field, in the summary and beside the field, a blank field
 * gets one message, and a row the clerk added and left empty is ignored instead of blocking the save.
 */
@MotiemonitorTest
class ValidationMessagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMessageOfAMotionNamesItsFieldOnceInTheSummaryAndBesideTheField() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("registrationNumber", ""),
                Map.entry("title", "Mijn getypte titel"), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "gisteren"), Map.entry("votesFor", "-1"), Map.entry("dueDate", "31-02"),
                Map.entry("clauses[0].kind", "REQUEST"), Map.entry("clauses[0].text", "iets te doen."),
                Map.entry("clauses[1].kind", "REQUEST"), Map.entry("clauses[1].text", " "),
                Map.entry("footnotes[0].marker", "1"), Map.entry("footnotes[0].clauseNumber", "één"),
                Map.entry("footnotes[0].anchor", "iets"), Map.entry("footnotes[0].text", "")));

        Document page = Jsoup.parse(clerk.post("/beheer/den-haag/moties/nieuw", fields).body());

        assertThat(page.select(".mm-error-summary li").eachText()).containsExactlyInAnyOrder(
                "Registratienummer: vul het registratienummer in.",
                "Datum van de stemming: vul een geldige datum in.",
                "Stemmen voor: het aantal stemmen voor kan niet negatief zijn.",
                "Termijn: vul een geldige datum in.",
                "Tekst van overweging 2: vul de tekst van de overweging in, of verwijder de regel.",
                "Overweging van voetnoot 1: vul een heel getal in.");
        assertThat(page.getElementById("adoptedOn-fout").text())
                .isEqualTo("Datum van de stemming: vul een geldige datum in.");
        assertThat(page.getElementById("registrationNumber-fout").text())
                .as("a blank field gets one message").isEqualTo("Registratienummer: vul het registratienummer in.");
        assertThat(page.getElementById("title").val()).isEqualTo("Mijn getypte titel");
        assertThat(page.getElementById("adoptedOn").val()).isEqualTo("gisteren");
    }

    @Test
    void anEmptyFootnoteRowIsIgnored() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/moties/nieuw");

        HttpResponse<String> saved = clerk.post("/beheer/den-haag/moties/nieuw", List.of(
                Map.entry("registrationNumber", "VN-" + UUID.randomUUID().toString().substring(0, 8)),
                Map.entry("voteOutcome", "ADOPTED"), Map.entry("adoptedOn", "2024-01-10"),
                Map.entry("clauses[0].kind", "REQUEST"), Map.entry("clauses[0].text", "iets te doen."),
                Map.entry("footnotes[0].marker", " "), Map.entry("footnotes[0].clauseNumber", ""),
                Map.entry("footnotes[0].anchor", ""), Map.entry("footnotes[0].text", "")));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void aLetterWithItsEmptySignatoryAndItemRowsIsSaved() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");

        HttpResponse<String> saved = clerk.post("/beheer/den-haag/brieven/nieuw", List.of(
                Map.entry("subject", "Een brief zonder ondertekenaar"), Map.entry("sentOn", "2024-02-02"),
                Map.entry("answers[0].item", ""), Map.entry("answers[0].response", "PROGRESS_ONLY"),
                Map.entry("signatories[0].name", ""), Map.entry("signatories[0].role", "")));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }
}
