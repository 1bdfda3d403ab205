package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A motion tracked per request from the clerk's side (issue 15): split, each request answered by the letters that
 * name it, the council's list with the requests as lines, and the council's decision in one go.
 */
@MotiemonitorTest
class StaffRequestsAndCouncilListTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aSplitMotionIsAnsweredPerRequestListedPerRequestAndTheCouncilDecidesOnTheListInOneGo() throws IOException {
        String slug = "verzoeken-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.body(slug);
        StaffClient clerk = StaffClient.clerk(port, jdbc, slug);
        String number = "M-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        clerk.get("/beheer/" + slug + "/moties/nieuw");
        String motionPath = location(clerk.post("/beheer/" + slug + "/moties/nieuw", motion(number,
                "Speelplekken", true, "NOTING", "dat er te weinig speelplekken zijn;", "REQUEST",
                "een speeltuin te bouwen in Oost;", "REQUEST", "een speeltuin te bouwen in West;", "INSTRUCTION",
                "de raad voor de zomer te informeren.")));
        Long motionId = Long.valueOf(motionPath.substring(motionPath.lastIndexOf('/') + 1));

        assertThat(clerk.get(motionPath).body()).contains("Per verzoek volgen", "Status wijzigen");
        assertThat(location(clerk.post(motionPath + "/verzoeken", Map.of("version", "0"))))
                .endsWith(motionPath + "#verzoeken");
        String split = clerk.get(motionPath).body();
        assertThat(split).contains("De motie wordt nu per verzoek gevolgd (3 verzoeken).", "Verzoek 1", "Verzoek 3",
                "een speeltuin te bouwen in West;", "Status van verzoek 2 wijzigen")
                .doesNotContain("id=\"status-wijzigen\"");

        // one letter answers requests 1 and 2; a number the motion lacks and requests of a whole motion are refused
        String letterForm = "/beheer/" + slug + "/brieven/nieuw";
        clerk.get(letterForm);
        var unknown = clerk.post(letterForm, letter("BR/1", "motie:" + motionId, "7"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("Verzoeken bij onderwerp 1: de motie heeft geen verzoek 7; zij heeft er 3.",
                "value=\"7\"");
        assertThat(location(clerk.post(letterForm, letter("BR/1", "motie:" + motionId, "1 en 2")))).isNotBlank();
        assertThat(jdbc.queryForList("select status from motion_requests where motion_id = ? order by position",
                String.class, motionId)).containsExactly("DISCHARGE_PROPOSED", "DISCHARGE_PROPOSED", "OPEN");
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motionId))
                .isEqualTo("IN_PROGRESS");

        PortalClient portal = new PortalClient(port);
        String publicList = org.jsoup.Jsoup.parse(portal.get("/" + slug + "/lijst").body()).text();
        assertThat(publicList).contains(number + ", verzoek 1", number + ", verzoek 2", number + ", verzoek 3",
                "Wacht op besluit van de raad (2)", "Open en in behandeling (1)");

        assertThat(org.jsoup.Jsoup.parse(portal.get("/" + slug + "/lijst?lang=en").body()).text())
                .contains("List of motions and commitments", "Awaiting the decision of", "Open and in progress (1)")
                .doesNotContain("Wacht op besluit");

        // the council's decision: a date is required, a rejection needs a reason, and what was typed stays
        String listPath = "/beheer/" + slug + "/lijst";
        assertThat(clerk.get(listPath).body()).contains("Besluit van de raad vastleggen", number + ", verzoek 1");
        List<String> awaiting = jdbc.queryForList("select 'verzoek:' || id from motion_requests where motion_id = ?"
                + " and status = 'DISCHARGE_PROPOSED' order by position", String.class, motionId);
        var refused = clerk.post(listPath + "/besluit", decision("", awaiting, "true", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Datum van de vergadering: vul de datum van de vergadering in.",
                "Reden bij regel 2: geef de reden waarom de afdoening niet is aanvaard.");
        assertThat(jdbc.queryForList("select status from motion_requests where motion_id = ? order by position",
                String.class, motionId)).as("nothing recorded").containsExactly("DISCHARGE_PROPOSED",
                "DISCHARGE_PROPOSED", "OPEN");

        clerk.get("/beheer?lang=en"); // a clerk who reads the staff area in English still records the council's words
        assertThat(location(clerk.post(listPath + "/besluit", decision("2026-11-26", awaiting, "false", ""))))
                .endsWith(listPath);
        assertThat(jdbc.queryForList("select status from motion_requests where motion_id = ? order by position",
                String.class, motionId)).containsExactly("DISCHARGED", "DISCHARGED", "OPEN");
        assertThat(jdbc.queryForList("select s.reason from status_changes s join motion_requests r"
                + " on r.id = s.motion_request_id where r.motion_id = ? and s.to_status = 'DISCHARGED'", String.class,
                motionId)).containsOnly("Besluit van de raad van 26 november 2026: afdoening aanvaard.");
        assertThat(jdbc.queryForObject("select partly_discharged from motions where id = ?", Boolean.class, motionId))
                .isTrue();

        String publicMotion = portal.get("/" + slug + "/moties/" + number.toLowerCase()).body();
        assertThat(publicMotion).contains("Deels afgedaan", "2 van 3 verzoeken afgedaan", "Verzoek 3",
                "Tijdlijn van verzoek 1", "Besluit van de raad van 26 november 2026: afdoening aanvaard.");
        assertThat(portal.get("/" + slug + "?status=deels-afgedaan").body()).contains(number);
        String feed = portal.get("/" + slug + "/moties/" + number.toLowerCase() + "/feed", "application/atom+xml").body();
        assertThat(feed).contains("Motie ‘Speelplekken’, verzoek 1: Afdoening voorgesteld → Afgedaan",
                "Motie ‘Speelplekken’: Open → In behandeling")
                .as("the split itself is no news").doesNotContain("verzoek 1: Open<");
        assertThat(org.jsoup.Jsoup.parse(portal.get("/" + slug + "/overzicht").body()).select("#per-verzoek ~ ul li")
                .eachText()).containsExactly("3 verzoeken van 1 motie die per verzoek wordt gevolgd",
                "2 afgedaan (verzoeken)", "0 te laat (verzoeken)", "1 deels afgedaan (moties)");

        // grouped by the committee that follows the motion
        clerk.get(motionPath);
        clerk.post(motionPath + "/verantwoordelijke", Map.of("committee", "Commissie Leefomgeving",
                "portfolioHolder", "Wethouder De Vries"));
        String byCommittee = org.jsoup.Jsoup.parse(portal.get("/" + slug + "/lijst?groep=commissie").body()).text();
        assertThat(byCommittee).contains("Commissie Leefomgeving (3)", "Wethouder De Vries");
        assertThat(clerk.get(motionPath).body()).contains("value=\"Commissie Leefomgeving\"");

        // the downloads hold every line of the page
        String since = "sinds=2026-01-01";
        List<String> lines = List.of(number + ", verzoek 1", number + ", verzoek 2", number + ", verzoek 3");
        try (PDDocument pdf = Loader.loadPDF(portal.getBytes("/" + slug + "/lijst.pdf?" + since))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            lines.forEach(line -> assertThat(text).contains(line));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                portal.getBytes("/" + slug + "/lijst.xlsx?" + since)))) {
            List<String> numbers = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 2) {
                    numbers.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(lines);
        }
        String csv = new String(portal.getBytes("/" + slug + "/lijst.csv?" + since), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(1))
                .containsExactlyInAnyOrderElementsOf(lines);
        assertThat(records.get(1).get(records.get(1).size() - 1)).as("marked since the previous list")
                .isIn("nieuw", "afgedaan", "gewijzigd");
    }

    @Test
    void aRequestsStepWithoutAReasonIsRefusedWithTheClerksInputKeptAndAWholeMotionRefusesRequestNumbers() {
        String slug = "verzoeken-" + UUID.randomUUID().toString().substring(0, 6);
        fixtures.body(slug);
        StaffClient clerk = StaffClient.clerk(port, jdbc, slug);
        Long split = fixtures.motion(jdbc.queryForObject("select id from bodies where slug = ?", Long.class, slug),
                "S-1").requesting("een.").requesting("twee.").register().value();
        Long whole = fixtures.motion(jdbc.queryForObject("select id from bodies where slug = ?", Long.class, slug),
                "S-2").requesting("een.").register().value();
        String motionPath = "/beheer/" + slug + "/moties/" + split;
        clerk.get(motionPath);
        assertThat(clerk.post(motionPath + "/verzoeken", Map.of()).statusCode()).isEqualTo(302);
        assertThat(clerk.get(motionPath).body()).as("a split without the page's version is refused")
                .contains("De motie is intussen gewijzigd");
        clerk.post(motionPath + "/verzoeken", Map.of("version", "0"));
        assertThat(clerk.get(motionPath).body()).contains("Splitsing ongedaan maken");
        Long second = jdbc.queryForObject("select id from motion_requests where motion_id = ? and position = 2",
                Long.class, split);

        String back = location(clerk.post("/beheer/" + slug + "/verzoeken/" + second + "/status",
                Map.of("move", "PROPOSE_DISCHARGE", "reason", "", "effectiveOn", "2026-03-04")));
        assertThat(back).endsWith(motionPath + "#verzoek-2");
        String page = clerk.get(motionPath).body();
        assertThat(page).contains("Reden: vermeld de reden van de statuswijziging.", "value=\"2026-03-04\"");
        assertThat(jdbc.queryForObject("select status from motion_requests where id = ?", String.class, second))
                .isEqualTo("OPEN");

        assertThat(clerk.get("/beheer/" + slug + "/moties/" + whole).body()).contains("Status wijzigen");
        String letterForm = "/beheer/" + slug + "/brieven/nieuw";
        clerk.get(letterForm);
        var refused = clerk.post(letterForm, letter("BR/2", "motie:" + whole, "1"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Verzoeken bij onderwerp 1: deze motie wordt niet per verzoek gevolgd");
        var unreadable = clerk.post(letterForm, letter("BR/2", "motie:" + split, "de eerste"));
        assertThat(unreadable.body()).contains("‘de eerste’ is geen lijst van verzoeknummers");
    }

    @Test
    void aCommitmentOfWhichALetterKeepsOnlyPartIsSplitAndBothPartsLinkEachOther() {
        String slug = "splitsen-" + UUID.randomUUID().toString().substring(0, 6);
        Long body = fixtures.body(slug);
        StaffClient clerk = StaffClient.clerk(port, jdbc, slug);
        Long id = fixtures.commitment(body, "De wethouder stuurt een plan en een begroting.")
                .due(java.time.LocalDate.of(2027, 1, 1)).register().value();
        String path = "/beheer/" + slug + "/toezeggingen/" + id;
        String version = org.jsoup.Jsoup.parse(clerk.get(path).body()).select("input[name=version]").val();

        var empty = clerk.post(path + "/splitsen", Map.of("keptText", "Het plan.", "remainingText", " ",
                "version", version));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Deel dat een eigen toezegging wordt: vul het deel in dat een eigen toezegging wordt.",
                "Het plan.");

        String part = location(clerk.post(path + "/splitsen", Map.of("keptText", "De wethouder stuurt een plan.",
                "remainingText", "De wethouder stuurt een begroting.", "version", version)));
        Map<String, Object> rest = jdbc.queryForMap("select number, text, status, due_date, split_from_commitment_id"
                + " from commitments where id = ?", Long.valueOf(part.substring(part.lastIndexOf('/') + 1)));
        String number = jdbc.queryForObject("select number from commitments where id = ?", String.class, id);
        assertThat(rest).containsEntry("number", number + "-b").containsEntry("status", "OPEN")
                .containsEntry("text", "De wethouder stuurt een begroting.").containsEntry("split_from_commitment_id", id)
                .containsEntry("due_date", java.sql.Date.valueOf("2027-01-01"));
        assertThat(jdbc.queryForObject("select text from commitments where id = ?", String.class, id))
                .isEqualTo("De wethouder stuurt een plan.");
        PortalClient portal = new PortalClient(port);
        assertThat(portal.get("/" + slug + "/toezeggingen/" + number.toLowerCase()).body())
                .contains("Afgesplitst deel:", number + "-b");
        assertThat(portal.get("/" + slug + "/toezeggingen/" + (number + "-b").toLowerCase()).body())
                .contains("Afgesplitst van toezegging", ">" + number + "<");
    }

    @Test
    void theImportReviewOfALetterAboutASplitMotionTakesTheRequestsItAnswers() {
        String slug = "importverzoek-" + UUID.randomUUID().toString().substring(0, 6);
        Long body = fixtures.body(slug);
        StaffClient clerk = StaffClient.clerk(port, jdbc, slug);
        Long motion = fixtures.motion(body, "RIS991234").titled("Bankjes in het park").requesting("bankjes te plaatsen;")
                .requesting("prullenbakken te plaatsen.").register().value();
        String motionPath = "/beheer/" + slug + "/moties/" + motion;
        clerk.get(motionPath);
        clerk.post(motionPath + "/verzoeken", Map.of("version", "0"));
        clerk.get("/beheer/" + slug + "/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/" + slug + "/import", List.of(),
                Map.of("tekst", """
                        Den Haag, 20 november 2026

                        Ons kenmerk: BR/2026-77
                        Onderwerp: Afdoening motie RIS991234 'Bankjes in het park'

                        Geachte leden van de raad,

                        Op 1 maart 2026 heeft uw raad de motie RIS991234 aangenomen. Er staan nu twintig bankjes in
                        het park. Hiermee beschouwt het college de motie als afgedaan.

                        Met vriendelijke groet,

                        Het college van burgemeester en wethouders
                        """)))).body();
        assertThat(review).contains("Verzoeken die de brief beantwoordt", "bankjes te plaatsen; (Open)");

        nl.motiemonitor.testsupport.HtmlForm form = nl.motiemonitor.testsupport.HtmlForm.of(review,
                org.jsoup.Jsoup.parse(review).select("form.mm-form").attr("action"));
        var refused = clerk.post(form.action(), form.with("motions[0].requests", "3").with("published", "true")
                .fields());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Verzoeken bij motie 1: de motie heeft geen verzoek 3; zij heeft er 2.");
        assertThat(location(clerk.post(form.action(), form.with("motions[0].requests", "1").with("published", "true")
                .fields()))).isNotBlank();
        assertThat(jdbc.queryForList("select status from motion_requests where motion_id = ? order by position",
                String.class, motion)).containsExactly("DISCHARGE_PROPOSED", "OPEN");
    }

    @Test
    void requestNumbersAreReadAsAClerkWritesThem() {
        assertThat(RequestNumbers.numbers("1, 3")).containsExactly(1, 3);
        assertThat(RequestNumbers.numbers("1 en 3")).containsExactly(1, 3);
        assertThat(RequestNumbers.numbers("2-4;1")).containsExactly(2, 3, 4, 1);
        assertThat(RequestNumbers.numbers("1,1")).containsExactly(1);
        assertThat(RequestNumbers.numbers("de eerste")).isNull();
        assertThat(RequestNumbers.numbers("4-2")).isNull();
        assertThat(RequestNumbers.numbers("1, x")).isNull();
    }

    private static List<Map.Entry<String, String>> letter(String reference, String item, String requests) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("sentOn", "2026-02-01"));
        fields.add(Map.entry("subject", "Afdoening " + reference));
        fields.add(Map.entry("reference", reference));
        fields.add(Map.entry("sender", "Het college van burgemeester en wethouders"));
        fields.add(Map.entry("fullText", "Het college beschouwt deze verzoeken als afgedaan."));
        fields.add(Map.entry("published", "true"));
        fields.add(Map.entry("answers[0].item", item));
        fields.add(Map.entry("answers[0].response", "DISCHARGE_CLAIMED"));
        fields.add(Map.entry("answers[0].requests", requests));
        return fields;
    }

    /** The decision form: the last line rejected when {@code lastRejected} is "true", with {@code reason}. */
    private static List<Map.Entry<String, String>> decision(String meetingOn, List<String> items, String lastRejected,
            String reason) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("meetingOn", meetingOn));
        for (int i = 0; i < items.size(); i++) {
            fields.add(Map.entry("rows[" + i + "].item", items.get(i)));
            if (i == items.size() - 1 && lastRejected.equals("true")) {
                fields.add(Map.entry("rows[" + i + "].rejected", "true"));
            }
            fields.add(Map.entry("rows[" + i + "].reason", i == items.size() - 1 ? reason : ""));
        }
        return fields;
    }
}
