package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff area in English (issue 13.7): what staff/ writes from Java — Bean Validation messages ({@code {key}}
 * templates), the checks that span fields, notices after a save, problems of an upload, the import review's hints
 * and the choice lists — follows {@code ?lang=en} and its cookie, with no Dutch left.
 */
@MotiemonitorTest
class StaffInEnglishTest {

    /** Dutch words that no English message of the staff area may contain. */
    private static final Pattern DUTCH = Pattern.compile("\\b(de|het|een|van|vul|kies|niet|hoogstens|tekens|"
            + "opgeslagen|gewijzigd|termijn|brief|motie|toezegging|overweging|ligt|toekomst|geplakte|lezer|"
            + "geïmporteerd|weggegooid|stemmen|aantal)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMotionFormExplainsBadInputInEnglish() {
        StaffClient clerk = english();
        clerk.get("/beheer/den-haag/moties/nieuw?lang=en");

        Document page = Jsoup.parse(clerk.post("/beheer/den-haag/moties/nieuw", List.of(
                Map.entry("registrationNumber", ""), Map.entry("title", "x".repeat(501)),
                Map.entry("voteOutcome", "ADOPTED"), Map.entry("adoptedOn", "2999-01-01"),
                Map.entry("votesFor", "-1"), Map.entry("partiesFor", "GroenLinks (8)"), Map.entry("votesAgainst", "3"),
                Map.entry("partiesAgainst", "PvdA (5), groenlinks"), Map.entry("clauses[0].kind", "REQUEST"),
                Map.entry("clauses[0].text", "iets te doen."), Map.entry("footnotes[0].marker", "1"),
                Map.entry("footnotes[0].clauseNumber", "5"), Map.entry("footnotes[0].anchor", "iets"))).body());

        List<String> errors = page.select(".mm-error-summary li").eachText();
        assertThat(errors).contains(
                "Registration number: enter the registration number.",
                "Title: the title is too long (at most 500 characters).",
                "Date of the vote: that is in the future.",
                "Votes for: the number of votes for cannot be negative.",
                "Clause of footnote 1: clause 5 does not exist; the motion has 1.",
                "Party groups against: groenlinks is listed both for and against.");
        assertThat(page.getElementById("registrationNumber-fout").text())
                .isEqualTo("Registration number: enter the registration number.");
        assertNoDutch(errors);
    }

    @Test
    void theLetterFormItsChoicesItsChecksAndItsNoticeAreEnglish() {
        StaffClient clerk = english();
        Document form = Jsoup.parse(clerk.get("/beheer/den-haag/brieven/nieuw?lang=en").body());
        List<String> choices = form.select("select[name=answers[0].item] option[value~=.]").eachText();
        assertThat(choices).isNotEmpty().allSatisfy(label -> assertThat(label)
                .matches("(Motion|Commitment) .+ – .+ \\((Open|In progress|Discharge proposed|Discharged|Lapsed)\\)"));
        String item = form.select("select[name=answers[0].item] option[value^=motie]").first().val();

        Document refused = Jsoup.parse(clerk.post("/beheer/den-haag/brieven/nieuw", List.of(
                Map.entry("answers[0].item", item), Map.entry("answers[0].response", "POSTPONED"),
                Map.entry("answers[1].item", item), Map.entry("answers[1].response", "PROGRESS_ONLY"),
                Map.entry("email", "geen adres"), Map.entry("attachmentCount", "-2"))).body());
        List<String> errors = refused.select(".mm-error-summary li").eachText();
        assertThat(errors).contains(
                "Enter at least the date, the subject or the text of the letter.",
                "Email address: enter a valid email address.",
                "Number of attachments: the number of attachments cannot be negative.",
                "Subject 2: this motion or commitment is already listed.");
        assertThat(errors).anyMatch(error -> error.endsWith(": enter the date the letter names as the new due date."));
        assertNoDutch(errors);

        String letter = location(clerk.post("/beheer/den-haag/brieven/nieuw", List.of(
                Map.entry("subject", "A letter in English " + UUID.randomUUID()), Map.entry("sentOn", "2024-02-02"),
                Map.entry("answers[0].item", item), Map.entry("answers[0].response", "PROGRESS_ONLY"))));
        String notice = Jsoup.parse(clerk.get(letter).body()).select(".utrecht-alert--ok").text();
        assertThat(notice).isEqualTo("The letter has been saved.");
        assertThat(Jsoup.parse(clerk.get(letter + "/geschiedenis").body()).select("h1").text())
                .isEqualTo("History of the letter");
    }

    @Test
    void theImportSaysWhatWentWrongAndWhatTheReaderFoundInEnglish() {
        StaffClient clerk = english();
        clerk.get("/beheer/den-haag/import?lang=en");
        Document nothing = Jsoup.parse(clerk.postMultipart("/beheer/den-haag/import", List.of(), Map.of()).body());
        assertThat(nothing.select(".utrecht-alert li").eachText())
                .containsExactly("Choose a PDF or text file, or paste the text of the letter.");

        clerk.get("/beheer/den-haag/import");
        String reviewPath = location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", StaffImportTest.seed("001"))));
        String review = clerk.get(reviewPath).body();
        Document page = Jsoup.parse(review);
        assertThat(page.select("h1").text()).isEqualTo("Review pasted text");
        // the reader's own warnings: ImportInEnglishTest; what the review says of the letter is
        List<String> discharge = page.select("strong + span").eachText();
        assertThat(discharge).containsExactly("The letter claims the discharge.");
        assertNoDutch(discharge);

        Map<String, String> fields = new java.util.LinkedHashMap<>(StaffImportTest.reviewFields(review));
        fields.put("motions[0].number", "");
        fields.put("motions[0].adoptedOn", "2999-01-01");
        fields.put("phone", "bel me");
        List<String> errors = Jsoup.parse(clerk.post(reviewPath, fields).body()).select(".mm-error-summary li")
                .eachText();
        assertThat(errors).contains(
                "Registration number of motion 1: enter the registration number of the motion.",
                "Date of the vote on motion 1: the date of the vote is in the future.",
                "Telephone number: enter a phone number with only digits, spaces, brackets, + or -.");
        assertNoDutch(errors);

        clerk.get(reviewPath);
        String back = location(clerk.post(reviewPath + "/verwijderen", Map.of()));
        assertThat(Jsoup.parse(clerk.get(back).body()).select(".utrecht-alert--ok").text())
                .isEqualTo("pasted text has not been imported and was discarded.");
    }

    private StaffClient english() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer?lang=en");
        return clerk;
    }

    private static void assertNoDutch(List<String> texts) {
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(DUTCH.matcher(text.toLowerCase(Locale.ROOT))
                .find()).as("Dutch in: %s", text).isFalse());
    }
}
