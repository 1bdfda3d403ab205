package nl.motiemonitor.staff;

import static nl.motiemonitor.testsupport.DownloadedTables.column;
import static nl.motiemonitor.testsupport.DownloadedTables.csv;
import static nl.motiemonitor.testsupport.DownloadedTables.page;
import static nl.motiemonitor.testsupport.DownloadedTables.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff lists as CSV and Excel: every motion, commitment and letter of the body, drafts included and marked so,
 * a public link only for what is published (who may download them: AuthorizationMatrixTest).
 */
@MotiemonitorTest
class StaffListDownloadsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Value("${motiemonitor.follow.base-url}")
    String base;

    @Test
    void aClerksListsDownloadWithTheirDraftsMarkedAndLinkedToTheStaffPages() {
        String slug = "beheerlijst-" + UUID.randomUUID().toString().substring(0, 6);
        Long body = fixtures.body(slug);
        for (int i = 1; i <= 52; i++) {
            fixtures.motion(body, "B-" + i).titled("Motie " + i).adoptedOn(LocalDate.of(2025, 1, 1).plusDays(i))
                    .requesting("iets te doen.").published(i != 52).register();
        }
        fixtures.commitment(body, "Een concepttoezegging").madeOn(LocalDate.of(2025, 2, 2)).unpublished().register();
        fixtures.letter(body).about("Een conceptbrief").sentOn(LocalDate.of(2025, 3, 3)).unpublished().register();
        StaffClient member = StaffClient.member(port, jdbc, slug);

        List<List<String>> motions = csv(member.getBytes("/beheer/" + slug + "/moties.csv"));
        assertThat(column(motions, "Nummer")).as("every page of the list, not the first fifty").hasSize(52)
                .startsWith("B-52", "B-51");
        assertThat(motions.get(1)).containsSequence("Concept", "", base + "/beheer/" + slug + "/moties/"
                + motionId(slug, "B-52"));
        assertThat(column(motions, "Link").get(1)).isEqualTo(base + "/" + slug + "/moties/b-51");
        assertThat(xlsx(member.getBytes("/beheer/" + slug + "/moties.xlsx"))).isEqualTo(motions);

        assertThat(column(csv(member.getBytes("/beheer/" + slug + "/toezeggingen.csv")), "Toezegging"))
                .containsExactly("Een concepttoezegging");
        List<List<String>> letters = csv(member.getBytes("/beheer/" + slug + "/brieven.csv"));
        assertThat(letters.get(1)).startsWith("Een conceptbrief", "2025-03-03").contains("Concept");

        assertThat(page(member.get("/beheer/" + slug + "/moties").body())
                .select("a[aria-label=Download deze tabel als CSV]").attr("href"))
                .isEqualTo("/beheer/" + slug + "/moties.csv");
        assertThat(StaffClient.fresh(port).get("/beheer/" + slug + "/moties.csv").statusCode())
                .as("anonymous: to the login").isEqualTo(302);
    }

    private Long motionId(String slug, String number) {
        return jdbc.queryForObject("select m.id from motions m join bodies b on b.id = m.body_id"
                + " where b.slug = ? and m.registration_number = ?", Long.class, slug, number);
    }
}
