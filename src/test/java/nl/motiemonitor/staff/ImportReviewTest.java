package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffImportTest.reviewFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import review lets the clerk finish the job in one place: the motions a letter answers are found by number
 * (however written) or title, what the letter does with each is applied as chosen, the vote of a motion document is
 * kept, and the contact's department can become the items' responsible department.
 */
@MotiemonitorTest
class ImportReviewTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPostponementLetterMovesTheTermOfTheMotionItNamesInOtherPunctuation() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String suffix = unique();
        long motion = motion(clerk, "M-" + suffix, "Fietspad langs de dijk");

        String review = review(clerk, letter("Uitstel motie M " + suffix, """
                Hierbij laat het college u weten dat het niet lukt om de motie M %s binnen de gestelde termijn uit te
                voeren. Wij vragen uitstel.""".formatted(suffix)));

        assertThat(review).contains("Deze motie bestaat al", "Fietspad langs de dijk");
        Map<String, String> fields = new LinkedHashMap<>(reviewFields(review));
        assertThat(fields).containsEntry("motions[0].response", "POSTPONED");
        HttpResponse<String> withoutDate = clerk.post(action(review), fields);
        assertThat(withoutDate.body()).contains("Nieuwe termijn van motie 1: vul de datum in die de brief als nieuwe termijn noemt.");

        fields.put("motions[0].newDueDate", "2027-03-01");
        fields.put("published", "true");
        assertThat(clerk.post(action(review), fields).statusCode()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select count(*) from motions where search_number_key(registration_number)"
                + " = search_number_key(?)", Long.class, "M" + suffix)).as("no second motion").isOne();
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motion))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForMap("select to_date::text as to_date, letter_id from term_extensions"
                + " where motion_id = ?", motion)).containsEntry("to_date", "2027-03-01")
                .hasEntrySatisfying("letter_id", id -> assertThat(id).isNotNull());
    }

    @Test
    void aPostponementsNewTermIsTakenFromTheDateItPromises() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String suffix = unique();
        motion(clerk, "M-" + suffix, "Laadpalen in de wijk");

        String review = review(clerk, letter("Uitstel motie M " + suffix, """
                Het lukt ons niet om de motie M %s binnen de gestelde termijn uit te voeren. Wij verwachten u
                uiterlijk 1 juni 2027 het plan te sturen.""".formatted(suffix)));

        Map<String, String> fields = reviewFields(review);
        assertThat(fields).containsEntry("motions[0].response", "POSTPONED").containsEntry("motions[0].newDueDate",
                "2027-06-01");
    }

    @Test
    void aMotionNamedOnlyByItsTitleIsLinkedAndOtherItemsAreChosenWithWhatTheLetterDoes() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String title = "Meer bankjes in het park " + unique();
        long motion = motion(clerk, "B-" + unique(), title);
        long other = motion(clerk, "C-" + unique(), "Schaatsbaan op de markt " + unique());

        String review = review(clerk, letter("Afdoening", """
                Op 1 februari heeft uw raad de motie '%s' aangenomen. Hiermee is de motie '%s' afgedaan.
                """.formatted(title, title)));

        Map<String, String> fields = new LinkedHashMap<>(reviewFields(review));
        assertThat(review).contains("Deze motie bestaat al");
        fields.put("answers[0].item", "motie:" + other);
        fields.put("answers[0].response", "NOT_DISCHARGED");
        fields.put("responsibleDepartment", "Ruimte en Wonen");
        fields.put("assignDepartment", "true");
        fields.put("published", "true");
        HttpResponse<String> saved = clerk.post(action(review), fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motion))
                .isEqualTo("DISCHARGE_PROPOSED");
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, other))
                .as("a letter saying it is not done moves nothing").isEqualTo("OPEN");
        assertThat(jdbc.queryForList("select response from letter_items where motion_id = ?", String.class, other))
                .containsExactly("NOT_DISCHARGED");
        assertThat(jdbc.queryForList("select department from responsibilities where motion_id in (?, ?)",
                String.class, motion, other)).containsExactly("Ruimte en Wonen", "Ruimte en Wonen");
    }

    @Test
    void theVoteOfAMotionDocumentIsKeptAndARejectedMotionGetsNoStatus() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String number = "R-" + unique();
        String review = review(clerk, """
                Motie %s: Gratis zwemles

                De raad van de gemeente Groningen, in vergadering bijeen op 12 maart 2024,

                constaterende dat niet alle kinderen kunnen zwemmen;

                verzoekt het college zwemles gratis te maken,

                en gaat over tot de orde van de dag.

                Status

                Verworpen

                Voor

                SP, Partij voor de Dieren

                Tegen

                VVD, CDA
                """.formatted(number));

        Map<String, String> fields = new LinkedHashMap<>(reviewFields(review));
        assertThat(fields).containsEntry("motions[0].number", number).containsEntry("motions[0].voteOutcome", "REJECTED")
                .containsEntry("motions[0].partiesFor", "SP, Partij voor de Dieren")
                .containsEntry("motions[0].partiesAgainst", "VVD, CDA").containsEntry("motions[0].sponsors", "");
        assertThat(clerk.post(action(review), fields).statusCode()).isEqualTo(302);

        Map<String, Object> saved = jdbc.queryForMap("select vote_outcome, status from motions"
                + " where registration_number = ?", number);
        assertThat(saved).containsEntry("vote_outcome", "REJECTED").containsEntry("status", null);
        assertThat(jdbc.queryForList("select p.name || ':' || v.vote from motion_party_votes v join parties p"
                + " on p.id = v.party_id join motions m on m.id = v.motion_id where m.registration_number = ?"
                + " order by v.position", String.class, number))
                .containsExactly("SP:FOR", "Partij voor de Dieren:FOR", "VVD:AGAINST", "CDA:AGAINST");
    }

    @Test
    void theLettersParagraphsBrokenAtThePdfsLineEndsAreJoined() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String review = review(clerk, letter("Voortgang", """
                Het college informeert u hierbij over de voortgang van het onderzoek naar de

                mogelijkheden voor meer groen in de binnenstad van de gemeente."""));

        assertThat(reviewFields(review).get("fullText")).contains("over de voortgang van het onderzoek naar de"
                + " mogelijkheden voor meer groen in de binnenstad van de gemeente.");
    }

    private long motion(StaffClient clerk, String number, String title) {
        clerk.get("/beheer/groningen/moties/nieuw");
        HttpResponse<String> saved = clerk.post("/beheer/groningen/moties/nieuw", List.of(
                Map.entry("registrationNumber", number), Map.entry("title", title), Map.entry("voteOutcome", "ADOPTED"),
                Map.entry("adoptedOn", "2024-02-01"), Map.entry("clauses[0].kind", "REQUEST"),
                Map.entry("clauses[0].text", "iets te doen.")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String letter(String subject, String body) {
        return """
                Groningen, 3 maart 2025

                Onderwerp: %s

                Geachte leden van de raad,

                %s

                Met vriendelijke groet,

                Burgemeester en wethouders van Groningen,
                de burgemeester,
                """.formatted(subject, body);
    }

    private static String review(StaffClient clerk, String text) {
        clerk.get("/beheer/groningen/import");
        HttpResponse<String> uploaded = clerk.postMultipart("/beheer/groningen/import", List.of(),
                Map.of("tekst", text));
        String location = java.net.URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath();
        return clerk.get(location).body();
    }

    private static String action(String review) {
        java.util.regex.Matcher action = java.util.regex.Pattern
                .compile("action=\"(/beheer/[a-z-]+/import/[0-9a-f-]{36})\"").matcher(review);
        assertThat(action.find()).isTrue();
        return action.group(1);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).replaceAll("[a-f]", "1");
    }
}
