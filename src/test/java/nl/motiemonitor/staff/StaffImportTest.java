package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk imports a letter from its PDF or text: read, reviewed, confirmed; nothing stored before. */
@MotiemonitorTest
class StaffImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLetterAlreadyRegisteredIsRecognisedAndNotSavedTwice() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", seed("000"))))).body();

        assertThat(review).contains("Deze brief is al geregistreerd", "Deze motie bestaat al",
                "value=\"OCW/11031882\"", "value=\"Ren&eacute;e Brouwer\"", "Gelezen uit:", "Er is nog niets opgeslagen.");
        int letters = count("letters");
        String action = formAction(review);
        HttpResponse<String> saved = clerk.post(action, reviewFields(review));
        assertThat(saved.body()).contains("Ons kenmerk: er is al een brief met kenmerk OCW/11031882 bij dit bestuursorgaan.");
        assertThat(count("letters")).isEqualTo(letters);
    }

    @Test
    void pastedLetterCreatesTheMotionWithItsClausesTheLetterAndThePromisedCommitmentInOneGo() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String unique = String.valueOf(100000 + Math.abs(UUID.randomUUID().hashCode() % 800000));
        String text = seed("001").replace("OCW/10064581", "OCW/" + unique).replace("RIS307041", "RIS" + unique);
        clerk.get("/beheer/den-haag/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", text)))).body();
        assertThat(review).contains("Onderzoek instellen vertrouwenspersonen sekswerkers", "2021-02-02",
                "belooft ook nog iets");

        Map<String, String> fields = new java.util.LinkedHashMap<>(reviewFields(review));
        fields.put("published", "true");
        String letter = location(clerk.post(formAction(review), fields));

        Long motion = jdbc.queryForObject("select m.id from motions m join bodies b on b.id = m.body_id "
                + "where b.slug = 'den-haag' and m.registration_number = ?", Long.class, "RIS" + unique);
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motion))
                .isEqualTo("DISCHARGE_PROPOSED");
        assertThat(jdbc.queryForList("select kind from clauses where motion_id = ? order by position", String.class,
                motion)).containsExactly("NOTING", "NOTING", "CONSIDERING", "CONSIDERING", "REQUEST");
        assertThat(jdbc.queryForObject("select due_date::text from commitments where made_in_letter_id = ?",
                String.class, Long.valueOf(letter.substring(letter.lastIndexOf('/') + 1)))).isEqualTo("2021-06-20");
        assertThat(jdbc.queryForList("select distinct r.note from revinfo r join letters_aud a on a.rev = r.id "
                + "where a.reference = ?", String.class, "OCW/" + unique)).containsExactly("Geïmporteerd uit geplakte tekst");
        assertThat(new PortalClient(port).get("/den-haag/moties/ris" + unique).body())
                .contains("Onderzoek instellen vertrouwenspersonen sekswerkers", "Afdoening voorgesteld",
                        "Let op: de brief belooft ook nog:");
    }

    @Test
    void footnoteMarkersReadFromTheLetterStayWithTheirClauses() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String unique = String.valueOf(100000 + Math.abs(UUID.randomUUID().hashCode() % 800000));
        String text = seed("000").replace("OCW/11031882", "OCW/" + unique).replace("RIS323480", "RIS" + unique);
        clerk.get("/beheer/den-haag/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", text)))).body();

        location(clerk.post(formAction(review), reviewFields(review)));

        assertThat(jdbc.queryForList("""
                select f.marker || ':' || f.anchor || ':' || f.clause_position from footnotes f
                join motions m on m.id = f.motion_id where m.registration_number = ? order by f.position""",
                String.class, "RIS" + unique)).containsExactly("1:Utrecht:2", "2:Groningen:2", "3:Nijmegen-Arnhem:2");
    }

    @Test
    void aLetterAnsweringCommitmentsLinksTheOnesTheClerkChooses() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "tweede-kamer");
        clerk.get("/beheer/tweede-kamer/toezeggingen/nieuw");
        String fresh = location(clerk.post("/beheer/tweede-kamer/toezeggingen/nieuw",
                Map.of("text", "Een nieuwe toezegging om op te antwoorden", "madeOn", "2020-01-10")));
        Long freshId = Long.valueOf(fresh.substring(fresh.lastIndexOf('/') + 1));
        clerk.get("/beheer/tweede-kamer/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/tweede-kamer/import", List.of(),
                Map.of("tekst", seed("004"))))).body();
        assertThat(review).contains("Andere moties en toezeggingen waar de brief op antwoordt",
                "Een nieuwe toezegging om op te antwoorden");

        Map<String, String> fields = new java.util.LinkedHashMap<>(reviewFields(review));
        fields.put("answers[0].item", "toezegging:" + freshId);
        fields.put("answers[0].response", "DISCHARGE_CLAIMED");
        fields.put("subject", "Antwoord op toezeggingen");
        fields.put("published", "true");
        clerk.post(formAction(review), fields);

        assertThat(jdbc.queryForObject("select status from commitments where id = ?", String.class, freshId))
                .isEqualTo("DISCHARGE_PROPOSED");
    }

    @Test
    void aMotionDocumentCreatesOnlyTheMotion() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String number = "M" + String.valueOf(100000 + Math.abs(UUID.randomUUID().hashCode() % 800000));
        String motion = """
                Motie %s: Bankjes in het park

                De raad van de gemeente Groningen, in vergadering bijeen op 12 maart 2025,

                constaterende dat:
                - er te weinig bankjes in het Noorderplantsoen staan;

                overwegende dat:
                - ouderen graag onderweg even rusten;

                verzoekt het college:
                - tien bankjes te plaatsen,

                en gaat over tot de orde van de dag.

                Jansen (GroenLinks)
                """.formatted(number);
        clerk.get("/beheer/groningen/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/groningen/import", List.of(),
                Map.of("tekst", motion)))).body();
        assertThat(review).contains("Dit document is een motie.");
        int letters = count("letters");

        Map<String, String> unchosen = new java.util.LinkedHashMap<>(reviewFields(review));
        unchosen.put("motions[0].number", number);
        assertThat(clerk.post(formAction(review), unchosen).body()).as("the document does not say how it was voted")
                .contains("Uitslag van motie 1: kies de uitslag van de stemming.");
        Map<String, String> fields = new java.util.LinkedHashMap<>(reviewFields(review));
        fields.put("motions[0].number", number); // what the reader could not find, the clerk fills in
        fields.put("motions[0].voteOutcome", "ADOPTED");
        String path = location(clerk.post(formAction(review), fields));

        assertThat(path).contains("/beheer/groningen/moties/");
        assertThat(count("letters")).isEqualTo(letters);
        assertThat(jdbc.queryForList("select c.kind from clauses c join motions m on m.id = c.motion_id "
                + "where m.registration_number = ? order by c.position", String.class, number))
                .containsExactly("NOTING", "CONSIDERING", "REQUEST");
    }

    @Test
    void aHandelingenWithTwoMotionsSavesBothEachWithItsNumber() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        int dossier = 40000 + Math.abs(UUID.randomUUID().hashCode() % 9000);
        String text = """
                Motie

                De raad,

                constaterende dat de bussen vol zitten;

                verzoekt het college, meer bussen in te zetten,

                en gaat over tot de orde van de dag.

                Jansen

                Zij krijgt nr. 1 (%1$d).

                Motie

                De raad,

                overwegende dat fietsen gezond is;

                verzoekt het college, fietsen te stimuleren,

                en gaat over tot de orde van de dag.

                De Vries

                Zij krijgt nr. 2 (%1$d).

                Ik constateer dat de motie-Jansen (%1$d, nr. 1) is aangenomen.
                """.formatted(dossier);
        clerk.get("/beheer/groningen/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/groningen/import", List.of(),
                Map.of("tekst", text)))).body();
        assertThat(review).contains("Dit document bevat 2 moties.").contains("Alleen de moties worden opgeslagen");

        Map<String, String> fields = new java.util.LinkedHashMap<>(reviewFields(review));
        assertThat(fields).containsEntry("motions[0].number", dossier + "-1").containsEntry("motions[1].number", dossier + "-2")
                .containsEntry("motions[0].voteOutcome", "ADOPTED");
        fields.put("motions[1].voteOutcome", "REJECTED");
        clerk.post(formAction(review), fields);

        assertThat(jdbc.queryForList("select registration_number from motions where registration_number like ? "
                + "order by registration_number", String.class, dossier + "-%")).containsExactly(dossier + "-1", dossier + "-2");
    }

    @Test
    void uploadedPdfIsReadAndKeptForDownloadAsAnAttachment() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String unique = String.valueOf(100000 + Math.abs(UUID.randomUUID().hashCode() % 800000));
        byte[] pdf = pdf(seed("003").replace("SZW/10066936", "SZW/" + unique).replace("RIS307039", "RIS" + unique));
        clerk.get("/beheer/den-haag/import");
        String review = clerk.get(location(clerk.postMultipart("/beheer/den-haag/import",
                List.of(new StaffClient.Upload("bestanden", "brief \"banen\".pdf", "application/pdf", pdf)), Map.of())))
                .body();
        assertThat(review).contains("SZW/" + unique, "Toegang banenaanpak tijdens uitstappen");

        Map<String, String> fields = new java.util.LinkedHashMap<>(reviewFields(review));
        fields.put("published", "true");
        String letter = location(clerk.post(formAction(review), fields));
        String id = letter.substring(letter.lastIndexOf('/') + 1);

        HttpResponse<String> download = clerk.get("/beheer/den-haag/brieven/" + id + "/origineel");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains("filename=").doesNotContain("\"banen\""));
        assertThat(new PortalClient(port).get("/den-haag/brieven/" + id).body()).contains("downloaden");
        assertThat(new PortalClient(port).get("/den-haag/brieven/" + id + "/origineel").statusCode()).isEqualTo(200);
    }

    @Test
    void badUploadsGetAClearDutchMessageAndNothingIsKept() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/import");
        int pending = count("pending_imports");

        assertThat(clerk.postMultipart("/beheer/den-haag/import", List.of(), Map.of()).body())
                .contains("Kies een PDF- of tekstbestand, of plak de tekst van de brief.");
        clerk.get("/beheer/den-haag/import");
        assertThat(clerk.postMultipart("/beheer/den-haag/import",
                List.of(new StaffClient.Upload("bestanden", "leeg.pdf", "application/pdf", new byte[0])), Map.of())
                .body()).contains("leeg.pdf:");
        clerk.get("/beheer/den-haag/import");
        assertThat(clerk.postMultipart("/beheer/den-haag/import", List.of(new StaffClient.Upload("bestanden",
                "nep.pdf", "application/pdf", "%PDF-1.7 maar verder niets".getBytes(StandardCharsets.UTF_8))), Map.of())
                .body()).contains("nep.pdf:");
        assertThat(count("pending_imports")).isEqualTo(pending);
    }

    @Test
    void aFileOverTheLimitGetsTheDutchMessageOnTheSameFormAndTheOtherFilesAndThePastedTextAreKept() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/import");
        byte[] tooLarge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        String pasted = "Mijn zorgvuldig geplakte brief over motie RIS" + UUID.randomUUID();

        HttpResponse<String> response = clerk.postMultipart("/beheer/den-haag/import", List.of(
                new StaffClient.Upload("bestanden", "groot.txt", "text/plain", tooLarge),
                new StaffClient.Upload("bestanden", "klein.txt", "text/plain",
                        "Den Haag, 3 maart 2024\n\nOnderwerp: kleine brief\n".getBytes(StandardCharsets.UTF_8))),
                Map.of("tekst", pasted));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("groot.txt: Het bestand is te groot (21,0 MB); de grens is 20,0 MB.", pasted)
                .doesNotContain("Payload Too Large");
        assertThat(response.body()).contains("klein.txt", "geplakte tekst").as("the files that could be read wait");
    }

    /**
     * Issue 12.4 and the review page: the line "a" + "en" x 90 + " x" kept the reader busy for 22 seconds, on every
     * load of the review. It is read at once, and the review loads at once, every time.
     */
    @Test
    void aPastedLineThatMadeTheReaderBacktrackIsReviewedAtOnceEveryTime() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/import");
        String text = "Motie\n\nOverwegende dat\nhet zo is;\n" + "a" + "en".repeat(90) + " x\n";
        String review = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> location(
                clerk.postMultipart("/beheer/den-haag/import", List.of(), Map.of("tekst", text))));
        for (int load = 0; load < 3; load++) {
            String page = assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> clerk.get(review).body());
            assertThat(page).contains("Er is nog niets opgeslagen.");
        }
        clerk.post(review + "/verwijderen", Map.of());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String formAction(String html) {
        Matcher action = Pattern.compile("action=\"(/beheer/[a-z-]+/import/[0-9a-f-]{36})\"").matcher(html);
        assertThat(action.find()).as("review form").isTrue();
        return action.group(1);
    }

    /** The review form's fields as the browser would submit them. */
    static Map<String, String> reviewFields(String html) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        nl.motiemonitor.testsupport.HtmlForm.of(html, formAction(html)).fields().stream()
                .filter(field -> !field.getKey().equals("_csrf"))
                .forEach(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    private static String unescape(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html);
    }

    static String seed(String number) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(StaffImportTest.class.getResource("/importing/seeds/").toURI());
            try (var files = java.nio.file.Files.list(dir)) {
                return java.nio.file.Files.readString(files
                        .filter(path -> path.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow());
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF with the text on as many pages as it needs, in a standard font. */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.replace("’", "'").replace("“", "\"").replace("”", "\"").replace("–", "-")
                    .replace("—", "-").replace("•", "-").replace("¹", "1").replace("²", "2").replace("³", "3")
                    .lines().flatMap(line -> wrap(line, 95).stream()).toList();
            int perPage = 50;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(13);
                    content.newLineAtOffset(50, 740);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String line, int width) {
        List<String> parts = new java.util.ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
