package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The titles the portal makes up for items without one (issue 13, part 7): "Motie 12" and "Toezegging 3" on a
 * Dutch page, "Motion 12" and "Commitment 3" on an English one; a letter without subject "Brief van … van 3 maart
 * 2026" / "Letter from … of 3 March 2026". The sender's words are a name and stay as written.
 */
@MotiemonitorTest
class MadeUpTitlesInEnglishTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Long body;
    String commitment;
    Long letter;

    @BeforeEach
    void untitledItems() {
        body = fixtures.body("titelproef");
        LocalDate adopted = LocalDate.now().minusYears(1);
        fixtures.motion(body, "ZQ-4471").adoptedOn(adopted).due(adopted.plusMonths(3)).register();
        var id = fixtures.commitment(body, "Wij komen terug op de zandkastelen.").register();
        commitment = jdbc.queryForObject("select number from commitments where id = ?", String.class, id.value());
        letter = fixtures.letter(body).from("De Staatssecretaris van Binnenlandse Zaken")
                .sentOn(LocalDate.now()).saying("Hierbij de zandkastelen.").register();
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(body);
    }

    @Test
    void searchNamesAnUntitledMotionAndACommitmentInThePagesLanguage() {
        assertThat(titles(page("/zoeken?q=ZQ-4471&lang=en"))).contains("Motion ZQ-4471");
        assertThat(titles(page("/zoeken?q=ZQ-4471"))).contains("Motie ZQ-4471");
        assertThat(titles(page("/zoeken?q=zandkastelen&lang=en"))).contains("Commitment " + commitment)
                .anyMatch(title -> title.startsWith("Letter from de staatssecretaris van Binnenlandse Zaken of "));
        assertThat(titles(page("/zoeken?q=zandkastelen"))).contains("Toezegging " + commitment)
                .anyMatch(title -> title.startsWith("Brief van de staatssecretaris van Binnenlandse Zaken van "));
    }

    @Test
    void theDashboardNamesAnUntitledMotionByItsNumber() {
        assertThat(page("/titelproef/overzicht?lang=en").text()).contains("Motion ZQ-4471: Motion ZQ-4471")
                .doesNotContain("Motie ZQ-4471");
        assertThat(page("/titelproef/overzicht").text()).contains("Motie ZQ-4471: Motie ZQ-4471");
    }

    @Test
    void aLetterWithoutSubjectIsNamedInThePagesLanguage() {
        LocalDate sent = LocalDate.now();
        String english = "Letter from de staatssecretaris van Binnenlandse Zaken of " + sent.getDayOfMonth() + " "
                + sent.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + sent.getYear();
        assertThat(page("/titelproef/brieven/" + letter + "?lang=en").select("h1").text()).isEqualTo(english);
        assertThat(page("/?lang=en").select("a").eachText()).contains(english);
        assertThat(page("/titelproef/brieven/" + letter).select("h1").text())
                .startsWith("Brief van de staatssecretaris van Binnenlandse Zaken van " + sent.getDayOfMonth() + " ");
    }

    private Document page(String path) {
        var response = new PortalClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static java.util.List<String> titles(Document page) {
        return page.select("h3 a").eachText();
    }
}
