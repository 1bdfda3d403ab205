package nl.motiemonitor.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A letter without a subject is titled from its sender and date, in the same words by Java (the pages) and by SQL
 * (search, feeds and dashboards): on the search page, in a feed, on the home page and on its own page. These tests
 * commit (the pages are read over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class LetterTitleTest {

    static final String MINISTER = "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties van 1 januari"
            + " 2099";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    PortalClient portal;
    Long body;
    Long letter;
    Long undated;

    @BeforeEach
    void createLetters() {
        portal = new PortalClient(port);
        body = fixtures.body("briefproef");
        MotionId motion = fixtures.motion(body, "BP-1").titled("Fietspad langs de dijk").register();
        letter = fixtures.letter(body).sentOn(LocalDate.of(2099, 1, 1))
                .from("De Minister van Binnenlandse Zaken en Koninkrijksrelaties")
                .saying("Over het fietspad en de kwelderproefwoord.").answering(motion, LetterResponse.PROGRESS_ONLY)
                .register();
        undated = fixtures.letter(body).saying("Ook over de kwelderproefwoord.").register();
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(body);
    }

    @Test
    void javaAndSqlGiveTheSameTitle() {
        List<Object[]> cases = new ArrayList<>(Arrays.asList(new Object[][] {
                {"Voortgang zwaluwtillen", "De Staatssecretaris van Justitie en Veiligheid", null},
                {null, "De Staatssecretaris van Justitie en Veiligheid", null},
                {null, "  Het College van Burgemeester en Wethouders ", LocalDate.of(2018, 3, 28)},
                {null, "Burgemeester en Wethouders van Groningen", LocalDate.of(2021, 3, 3)},
                {null, "Gedeputeerde Staten van Utrecht", LocalDate.of(2024, 12, 31)},
                {null, "Het dagelijks bestuur van Waterschap Proef", null},
                {null, "De Minister-President", null},
                {null, "A. Broekers-Knol", LocalDate.of(999, 5, 1)},
                {null, "Dennis de Minister", null},
                {null, " ", LocalDate.of(2020, 7, 4)},
                {null, null, LocalDate.of(2020, 7, 4)},
                {null, null, null}}));
        for (int month = 1; month <= 12; month++) {
            cases.add(new Object[] {null, "het college", LocalDate.of(2026, month, month * 2)});
        }

        for (Object[] c : cases) {
            String java = LetterSummary.title((String) c[0], (String) c[1], (LocalDate) c[2]);
            String sql = jdbc.queryForObject("select letter_title(?, ?, ?)", String.class, c);
            assertThat(sql).as(Arrays.toString(c)).isEqualTo(java);
        }
        assertThat(LetterSummary.title(null, "De Staatssecretaris van Justitie en Veiligheid", null))
                .isEqualTo("Brief van de staatssecretaris van Justitie en Veiligheid");
        assertThat(LetterSummary.title(null, "  Het College van Burgemeester en Wethouders ",
                LocalDate.of(2018, 3, 28))).isEqualTo("Brief van het college van Burgemeester en Wethouders van 28"
                        + " maart 2018");
        assertThat(LetterSummary.title(null, "Gedeputeerde Staten van Utrecht", null))
                .isEqualTo("Brief van Gedeputeerde Staten van Utrecht");
        assertThat(LetterSummary.title(null, "A. Broekers-Knol", null)).isEqualTo("Brief van A. Broekers-Knol");
        assertThat(LetterSummary.title(null, null, LocalDate.of(2020, 7, 4))).isEqualTo("Brief van 4 juli 2020");
        assertThat(LetterSummary.title(null, " ", null)).isEqualTo("Brief zonder datum");
    }

    @Test
    void theSearchPageShowsTheTitleAndSaysWhenThereIsNoDate() {
        String html = portal.get("/zoeken?q=kwelderproefwoord").body();

        assertThat(html).contains("2 resultaten", MINISTER, ">Brief zonder datum</a>", "datum niet vermeld")
                .doesNotContain("Brief " + letter + "<", "Brief " + undated + "<");
    }

    @Test
    void aFeedNamesTheLetterByItsTitle() {
        String feed = portal.get("/briefproef/feed").body();

        assertThat(feed).contains("Motie ‘Fietspad langs de dijk’: brief van de minister van Binnenlandse Zaken en"
                + " Koninkrijksrelaties van 1 januari 2099", MINISTER + " gepubliceerd",
                "Brief zonder datum gepubliceerd")
                .doesNotContain("‘null’", "Brief ‘Brief");
    }

    @Test
    void theHomePageAndTheLetterPageShowTheTitle() {
        assertThat(portal.get("/").body()).contains(MINISTER);
        assertThat(portal.get("/briefproef/brieven/" + letter).body()).contains("<h1 class=\"utrecht-heading-1\">"
                + MINISTER + "</h1>");
        assertThat(portal.get("/briefproef/brieven/" + undated).body()).contains("Brief zonder datum", "niet vermeld");
    }
}
