package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static nl.motiemonitor.staff.StaffMotionTest.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What clerks type reaches the forms trimmed, and a field of only spaces is empty. */
@MotiemonitorTest
class StaffFormInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void spacesAroundAMotionsFieldsAreDroppedAndOnlySpacesIsEmpty() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion("  " + number + " ", "   ", false, "REQUEST", "  iets te doen.  ");
        fields.add(Map.entry("debate", " \t "));
        fields.add(Map.entry("footnotes[0].marker", "  "));
        fields.add(Map.entry("footnotes[0].anchor", " "));
        location(clerk.post("/beheer/den-haag/moties/nieuw", fields));

        Map<String, Object> saved = jdbc.queryForMap(
                "select id, title, debate from motions where registration_number = ?", number);
        assertThat(saved.get("title")).isNull();
        assertThat(saved.get("debate")).isNull();
        assertThat(jdbc.queryForObject("select text from clauses where motion_id = ?", String.class, saved.get("id")))
                .isEqualTo("iets te doen.");
        assertThat(jdbc.queryForObject("select count(*) from footnotes where motion_id = ?", Integer.class,
                saved.get("id"))).as("a footnote row of only spaces is an empty row, ignored").isZero();
    }

    @Test
    void aLetterOfOnlySpacesIsEmpty() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        clerk.get("/beheer/den-haag/brieven/nieuw");
        String page = clerk.post("/beheer/den-haag/brieven/nieuw", Map.of("subject", "   ", "fullText", " \n ",
                "signatories[0].name", " ", "signatories[0].role", "  ")).body();
        assertThat(page).contains("Vul ten minste de datum, het onderwerp of de tekst van de brief in.")
                .doesNotContain("Vul de naam van de ondertekenaar in");
    }
}
