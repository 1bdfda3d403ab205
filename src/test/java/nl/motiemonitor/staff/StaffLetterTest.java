package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static nl.motiemonitor.staff.StaffMotionTest.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A letter that claims discharge moves its items; links never cross bodies. */
@MotiemonitorTest
class StaffLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void letterClaimingDischargeMovesTheMotionToDischargeProposedAndShowsOnThePublicPages() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        Long motionId = createMotion(clerk, number);
        String kenmerk = "OCW/" + number;
        String path = saveLetter(clerk, letter(kenmerk, "motie:" + motionId,
                "DISCHARGE_CLAIMED", "Het college beschouwt de motie hiermee als afgedaan."));

        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motionId))
                .isEqualTo("DISCHARGE_PROPOSED");
        assertThat(clerk.get(path).body()).contains("Afdoening motie " + number, "Afdoening geclaimd");
        String publicMotion = new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body();
        assertThat(publicMotion).contains("Afdoening voorgesteld", kenmerk, "beschouwt dit als afgedaan");
    }

    @Test
    void aDraftLetterMovesNothingAndStaysOutOfThePublicPagesUntilItIsPublished() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        Long motionId = createMotion(clerk, number);
        String path = saveLetter(clerk,
                draft(letter("CONCEPT/" + number, "motie:" + motionId, "PROGRESS_ONLY", "Voortgang.")));
        String letterId = path.substring(path.lastIndexOf('/') + 1);

        PortalClient anonymous = new PortalClient(port);
        org.jsoup.nodes.Document publicMotion = org.jsoup.Jsoup.parse(
                anonymous.get("/den-haag/moties/" + number.toLowerCase()).body());
        publicMotion.select(".mm-legend").remove();
        assertThat(publicMotion.html()).doesNotContain("In behandeling", "Voortgang", "CONCEPT/" + number,
                "/den-haag/brieven/" + letterId + "\"");
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motionId))
                .isEqualTo("OPEN");
        assertThat(anonymous.get("/den-haag/brieven/" + letterId).statusCode()).isEqualTo(404);
        assertThat(clerk.get(path).body()).contains("Nog niet toegepast");

        String edit = path + "/bewerken";
        var form = nl.motiemonitor.testsupport.HtmlForm.of(clerk.get(edit).body(), edit);
        assertThat(clerk.post(edit, form.with("published", "true").fields()).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motionId))
                .as("published, the letter acts").isEqualTo("IN_PROGRESS");
        assertThat(anonymous.get("/den-haag/moties/" + number.toLowerCase()).body()).contains("In behandeling",
                "/den-haag/brieven/" + letterId + "\"");
    }

    @Test
    void letterCannotLinkAnItemOfAnotherBody() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        Long groningenMotion = jdbc.queryForObject("select m.id from motions m join bodies b on b.id = m.body_id "
                + "where b.slug = 'groningen' and m.registration_number = '2014-11'", Long.class);
        clerk.get("/beheer/den-haag/brieven/nieuw");

        HttpResponse<String> response = clerk.post("/beheer/den-haag/brieven/nieuw",
                letter("X/" + uniqueNumber(), "motie:" + groningenMotion, "PROGRESS_ONLY", "Tekst."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Onderwerp 1: kies een motie of toezegging van Gemeente Den Haag.");
        assertThat(jdbc.queryForObject("select count(*) from letter_items where motion_id = ?", Integer.class,
                groningenMotion)).isEqualTo(2);
    }

    @Test
    void anItemThatIsNoMotionOrCommitmentIsExplainedAndTheLetterKept() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");

        HttpResponse<String> response = clerk.post("/beheer/den-haag/brieven/nieuw",
                letter("ONZIN/" + uniqueNumber(), "motie:twaalf", "PROGRESS_ONLY", "Tekst die blijft."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Onderwerp 1: kies een motie of toezegging uit de lijst.",
                "Tekst die blijft.");
    }

    @Test
    void aDischargeClaimOnADischargedItemIsRefusedAndNothingIsSaved() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        Long motionId = createMotion(clerk, number);
        String path = "/beheer/den-haag/moties/" + motionId;
        clerk.get(path);
        clerk.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE", "reason", "Brief."));
        clerk.get(path);
        clerk.post(path + "/status", Map.of("move", "ACCEPT_DISCHARGE", "reason", "Raadsbesluit."));
        String kenmerk = "LATE/" + number;
        clerk.get("/beheer/den-haag/brieven/nieuw");

        HttpResponse<String> response = clerk.post("/beheer/den-haag/brieven/nieuw",
                letter(kenmerk, "motie:" + motionId, "DISCHARGE_CLAIMED", "Nog een brief."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("kan niet van &#39;Afgedaan&#39; naar &#39;Afdoening voorgesteld&#39;");
        assertThat(jdbc.queryForObject("select count(*) from letters where reference = ?", Integer.class, kenmerk))
                .isZero();
    }

    @Test
    void aLaterLetterAboutAnItemWhoseDischargeIsProposedIsLinkedAndLeavesTheStatus() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        Long motionId = createMotion(clerk, number);
        saveLetter(clerk, letter("EERSTE/" + number, "motie:" + motionId,
                "DISCHARGE_CLAIMED", "Het college beschouwt de motie als afgedaan."));
        String second = saveLetter(clerk, draft(letter("TWEEDE/" + number,
                "motie:" + motionId, "DISCHARGE_CLAIMED", "Ook in de jaarlijst beschouwd als afgedaan.")));
        saveLetter(clerk, letter("DERDE/" + number, "motie:" + motionId,
                "PROGRESS_ONLY", "Een stand van zaken."));

        String edit = second + "/bewerken";
        var form = nl.motiemonitor.testsupport.HtmlForm.of(clerk.get(edit).body(), edit);
        HttpResponse<String> published = clerk.post(edit, form.with("published", "true").fields());

        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motionId))
                .isEqualTo("DISCHARGE_PROPOSED");
        assertThat(jdbc.queryForObject("select count(*) from status_changes where motion_id = ?",
                Integer.class, motionId)).as("adopted, then proposed once").isEqualTo(2);
        assertThat(new PortalClient(port).get("/den-haag/moties/" + number.toLowerCase()).body())
                .contains("EERSTE/" + number, "TWEEDE/" + number, "DERDE/" + number);
    }

    @Test
    void duplicateKenmerkAndMalformedContactDetailsAreExplained() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");
        List<Map.Entry<String, String>> fields = new ArrayList<>(letter("OCW/11031882", null, null, "Tekst."));
        fields.add(Map.entry("email", "geen-adres"));
        fields.add(Map.entry("phone", "bel me"));

        String body = clerk.post("/beheer/den-haag/brieven/nieuw", fields).body();

        assertThat(body).contains("E-mailadres: vul een geldig e-mailadres in.",
                "Telefoonnummer: vul een telefoonnummer in met alleen cijfers, spaties, haakjes, + of -.", "value=\"geen-adres\"");
        fields.removeIf(field -> field.getKey().equals("email") || field.getKey().equals("phone"));
        assertThat(clerk.post("/beheer/den-haag/brieven/nieuw", fields).body())
                .contains("Ons kenmerk: er is al een brief met kenmerk OCW/11031882 bij dit bestuursorgaan.");
    }

    private Long createMotion(StaffClient clerk, String number) {
        clerk.get("/beheer/den-haag/moties/nieuw");
        String path = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, "Motie " + number, true, "REQUEST", "iets te doen.")));
        return Long.valueOf(path.substring(path.lastIndexOf('/') + 1));
    }

    private static List<Map.Entry<String, String>> letter(String kenmerk, String item, String response, String text) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("sentOn", "2026-02-01"));
        fields.add(Map.entry("subject", "Afdoening motie " + kenmerk.substring(kenmerk.indexOf('/') + 1)));
        fields.add(Map.entry("reference", kenmerk));
        fields.add(Map.entry("sender", "Het college van burgemeester en wethouders"));
        fields.add(Map.entry("fullText", text));
        fields.add(Map.entry("published", "true"));
        if (item != null) {
            fields.add(Map.entry("answers[0].item", item));
            fields.add(Map.entry("answers[0].response", response));
        }
        return fields;
    }

    private static List<Map.Entry<String, String>> draft(List<Map.Entry<String, String>> letter) {
        List<Map.Entry<String, String>> draft = new ArrayList<>(letter);
        draft.removeIf(field -> field.getKey().equals("published"));
        return draft;
    }

    private static String saveLetter(StaffClient clerk, List<Map.Entry<String, String>> fields) {
        clerk.get("/beheer/den-haag/brieven/nieuw");
        return location(clerk.post("/beheer/den-haag/brieven/nieuw", fields));
    }
}
