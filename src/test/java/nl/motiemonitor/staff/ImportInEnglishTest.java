package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The document reader's messages in English (issue 13.7): why a file cannot be read and what the reader is unsure of
 * follow {@code ?lang=en}, while the document's own words in them stay as written.
 */
@MotiemonitorTest
class ImportInEnglishTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filesThatCannotBeReadAreRefusedInEnglish() {
        StaffClient clerk = english();
        byte[] binary = new byte[64];
        Document page = Jsoup.parse(clerk.postMultipart("/beheer/den-haag/import", List.of(
                new StaffClient.Upload("bestanden", "leeg.txt", "text/plain", new byte[0]),
                new StaffClient.Upload("bestanden", "nep.pdf", "application/pdf",
                        "geen pdf".getBytes(StandardCharsets.UTF_8)),
                new StaffClient.Upload("bestanden", "plaatje.png", "image/png", binary),
                new StaffClient.Upload("bestanden", "wit.txt", "text/plain",
                        " \n\t ".getBytes(StandardCharsets.UTF_8))),
                Map.of()).body());

        assertThat(page.select(".utrecht-alert li").eachText()).containsExactly(
                "leeg.txt: The file is empty.",
                "nep.pdf: This file is not a PDF (it does not start with %PDF-), although its name ends in .pdf.",
                "plaatje.png: This file is neither a PDF nor text. Upload a PDF or paste the text.",
                "wit.txt: The file contains only white space.");
    }

    @Test
    void aFileOverTheLimitIsMeasuredInEnglish() {
        StaffClient clerk = english();
        byte[] tooLarge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        Document page = Jsoup.parse(clerk.postMultipart("/beheer/den-haag/import", List.of(
                new StaffClient.Upload("bestanden", "groot.txt", "text/plain", tooLarge)), Map.of()).body());

        assertThat(page.select(".utrecht-alert li").eachText())
                .containsExactly("groot.txt: The file is too large (21.0 MB); the limit is 20.0 MB.");
    }

    @Test
    void whatTheReaderIsUnsureOfIsSaidInEnglishAndTheDocumentsWordsStay() {
        StaffClient clerk = english();
        String seed = location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", StaffImportTest.seed("001"))));
        List<String> warnings = warnings(clerk.get(seed).body());
        assertThat(warnings).contains("The letter reports the discharge and also promises something more "
                + "(1 commitment); check whether the discharge is justified.");
        assertThat(warnings).anyMatch(warning -> warning.startsWith("The motion's number is not with the motion; "
                + "the letter's registration number (RIS307041) has been taken"));

        String twice = location(clerk.postMultipart("/beheer/den-haag/import", List.of(), Map.of("tekst",
                "Den Haag, 3 maart 2024\n\nOnderwerp: de eerste\nOnderwerp: de tweede\nE-mail: geen adres\n\n"
                        + "Geachte raad,\n\nHierbij een brief.\n")));
        assertThat(warnings(clerk.get(twice).body())).contains(
                "Two values for the subject: 'de eerste' and 'de tweede'; the first one has been used.",
                "The email address 'geen adres' does not look like an email address.");

        String unknown = location(clerk.postMultipart("/beheer/den-haag/import", List.of(),
                Map.of("tekst", "Iets heel anders.")));
        assertThat(warnings(clerk.get(unknown).body()))
                .containsExactly("No letter or motion recognised; check that this is the right document.");

        for (String review : List.of(seed, twice, unknown)) {
            clerk.post(review + "/verwijderen", Map.of());
        }
    }

    private StaffClient english() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/import?lang=en");
        return clerk;
    }

    /** The list "Where the reader is unsure". */
    private static List<String> warnings(String review) {
        return Jsoup.parse(review).select(".utrecht-alert--info li").eachText();
    }
}
