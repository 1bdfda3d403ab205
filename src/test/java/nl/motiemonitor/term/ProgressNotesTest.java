package nl.motiemonitor.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
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
 * Progress notes (stand van zaken, V28): every note kept, the latest in force, the same note twice recorded once; the
 * public page shows the one in force under a heading of its own, never as the text of the motion.
 */
@MotiemonitorTest
class ProgressNotesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgressNotes notes;

    @Autowired
    Fixtures fixtures;

    Long body;

    @BeforeEach
    void createBody() {
        body = fixtures.body("voortgangproef");
    }

    @AfterEach
    void removeIt() {
        fixtures.remove(body);
    }

    @Test
    void keepsEveryNoteTheLatestInForceAndTheSameNoteOnce() {
        MotionId motion = fixtures.motion(body, "V-1").titled("Schoolpleinen groen").register();
        BodyId bodyId = new BodyId(body);

        assertThat(notes.record(motion, bodyId, " Plan volgt ", null, "Griffier", "Geïmporteerd uit a.csv")).isTrue();
        assertThat(notes.record(motion, bodyId, "Plan volgt", null, "Griffier", "Geïmporteerd uit b.csv")).isFalse();
        assertThat(notes.record(motion, bodyId, "Uitgevoerd", LocalDate.of(2026, 3, 1), "Griffier",
                "Geïmporteerd uit c.csv")).isTrue();

        assertThat(notes.latest(motion)).get().extracting(ProgressNote::text, ProgressNote::notedOn,
                ProgressNote::source).containsExactly("Uitgevoerd", LocalDate.of(2026, 3, 1), "Geïmporteerd uit c.csv");
        assertThat(notes.history(motion)).extracting(ProgressNote::text).containsExactly("Uitgevoerd", "Plan volgt");
        assertThat(notes.latest(new MotionId(motion.value() + 1_000_000))).isEmpty();
    }

    @Test
    void refusesANoteForAnItemOfAnotherBody() {
        Long other = fixtures.body("voortgangelders");
        try {
            MotionId elsewhere = fixtures.motion(other, "E-1").register();
            assertThatThrownBy(() -> notes.record(elsewhere, new BodyId(body), "Klaar", null, "Griffier", "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            fixtures.remove(other);
        }
    }

    @Test
    void thePublicPagesShowTheNoteInForceUnderItsOwnHeadingNotAsTheMotionsText() {
        MotionId motion = fixtures.motion(body, "V-2").titled("Schoolpleinen groen").register();
        CommitmentId commitment = fixtures.commitment(body, "De raad informeren over de pleinen").register();
        BodyId bodyId = new BodyId(body);
        notes.record(motion, bodyId, "Plan volgt", null, "Griffier", "Geïmporteerd uit a.csv");
        notes.record(motion, bodyId, "Uitgevoerd met de schoolpleinenaanpak", null, "Griffier",
                "Geïmporteerd uit b.csv");
        notes.record(commitment, bodyId, "Brief volgt in juni", LocalDate.of(2026, 3, 1), "Griffier",
                "Geïmporteerd uit b.csv");
        PortalClient portal = new PortalClient(port);

        Document page = Jsoup.parse(portal.get("/voortgangproef/moties/v-2").body());
        assertThat(page.select("section:has(#stand-van-zaken)").text()).startsWith(
                "Stand van zaken Uitgevoerd met de schoolpleinenaanpak Volgens het register van de griffie,"
                        + " vastgelegd op ").doesNotContain("Plan volgt");
        assertThat(page.select("section:has(#tekst)").text()).doesNotContain("schoolpleinenaanpak", "brief")
                .contains("De tekst van deze motie is niet opgenomen.");

        String key = jdbc.queryForObject("select url_key from commitments where id = ?", String.class,
                commitment.value());
        Document promise = Jsoup.parse(portal.get("/voortgangproef/toezeggingen/" + key).body());
        assertThat(promise.select("section:has(#stand-van-zaken)").text()).isEqualTo(
                "Stand van zaken Brief volgt in juni Volgens het register van de griffie, stand per 1 maart 2026.");
        assertThat(Jsoup.parse(portal.get("/voortgangproef/toezeggingen/" + key + "?lang=en").body())
                .select("section:has(#stand-van-zaken)").text()).isEqualTo(
                "Progress Brief volgt in juni According to the clerk's register, as of 1 March 2026.");
    }

    @Test
    void aDescriptionIsNotSaidToComeFromALetter() {
        MotionId motion = fixtures.motion(body, "V-3").titled("Bomen langs de singel").register();
        jdbc.update("update motions set summary = 'Meer bomen langs de singel planten' where id = ?", motion.value());
        PortalClient portal = new PortalClient(port);

        assertThat(Jsoup.parse(portal.get("/voortgangproef/moties/v-3").body()).select("section:has(#tekst)").text())
                .isEqualTo("Tekst van de motie Meer bomen langs de singel planten (Een beschrijving; de tekst van de"
                        + " motie zelf is niet opgenomen.)");
        assertThat(Jsoup.parse(portal.get("/voortgangproef/moties/v-3?lang=en").body()).select("section:has(#tekst)")
                .text()).endsWith("(A description; the motion's own text is not included.)");
    }
}
