package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static nl.motiemonitor.staff.StaffMotionTest.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A gewijzigde motie replaces an earlier motion of its body; both pages link to each other (issue 15, part 3). */
@MotiemonitorTest
class StaffMotionReplacesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMotionReplacesAnEarlierOneNamedHoweverItsNumberIsWrittenAndBothPublicPagesLinkTheOther() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String earlier = register(clerk, uniqueNumber(), "Oorspronkelijke motie", true, null);
        String written = earlier.toLowerCase(Locale.ROOT).replaceFirst("^t", "t-");
        String replacement = uniqueNumber();
        String path = location(post(clerk, replacement, "Gewijzigde motie", true, written));

        PortalClient portal = new PortalClient(port);
        assertThat(portal.get("/den-haag/moties/" + earlier.toLowerCase(Locale.ROOT)).body())
                .contains("Vervangen door motie", "href=\"/den-haag/moties/" + replacement.toLowerCase(Locale.ROOT) + "\"");
        assertThat(portal.get("/den-haag/moties/" + replacement.toLowerCase(Locale.ROOT)).body())
                .contains("Vervangt motie", "href=\"/den-haag/moties/" + earlier.toLowerCase(Locale.ROOT) + "\"")
                .doesNotContain("Vervangen door motie");
        assertThat(clerk.get(path).body()).contains("Vervangt motie", earlier);
        assertThat(clerk.get(path + "/bewerken").body()).contains("value=\"" + earlier + "\"");
        assertThat(jdbc.queryForObject("select count(*) from motions_aud a join motions m on m.id = a.replaces_motion_id"
                + " where m.registration_number = ?", Integer.class, earlier)).isPositive();
    }

    @Test
    void aNumberOfNoMotionOfTheBodyItselfOrAnAlreadyReplacedMotionIsRefusedInDutchAndNothingTypedIsLost() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String earlier = register(clerk, uniqueNumber(), "Eerste", true, null);
        String replacement = uniqueNumber();
        String path = location(post(clerk, replacement, "Tweede", true, earlier));

        HttpResponse<String> missing = post(clerk, uniqueNumber(), "Mijn getypte titel", true, "X-404");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Vervangt motie (nummer): er is geen motie X-404 bij dit bestuursorgaan.",
                "href=\"#replacesNumber\"", "value=\"Mijn getypte titel\"", "value=\"X-404\"");

        HttpResponse<String> taken = post(clerk, uniqueNumber(), "Derde", true, earlier);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("Vervangt motie (nummer): motie " + earlier + " wordt al vervangen door motie "
                + replacement + ".");

        String editPath = path + "/bewerken";
        List<Map.Entry<String, String>> itself = HtmlForm.of(clerk.get(editPath).body(), editPath)
                .with("replacesNumber", replacement.toLowerCase(Locale.ROOT)).fields();
        HttpResponse<String> refused = clerk.post(editPath, itself);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vervangt motie (nummer): een motie kan zichzelf niet vervangen.");
        assertThat(jdbc.queryForObject("select count(*) from motions where replaces_motion_id is not null"
                + " and registration_number = ?", Integer.class, replacement)).isOne();
    }

    @Test
    void aDraftReplacementIsNotLinkedOnThePublicPageOfTheMotionItReplaces() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String earlier = register(clerk, uniqueNumber(), "Gepubliceerd", true, null);
        register(clerk, uniqueNumber(), "Concept dat vervangt", false, earlier);

        assertThat(new PortalClient(port).get("/den-haag/moties/" + earlier.toLowerCase(Locale.ROOT)).body())
                .doesNotContain("Vervangen door motie");
        assertThat(clerk.get("/beheer/den-haag/moties").body()).contains("Concept dat vervangt");
    }

    private static String register(StaffClient clerk, String number, String title, boolean published, String replaces) {
        location(post(clerk, number, title, published, replaces));
        return number;
    }

    private static HttpResponse<String> post(StaffClient clerk, String number, String title, boolean published,
            String replaces) {
        clerk.get("/beheer/den-haag/moties/nieuw");
        List<Map.Entry<String, String>> fields = motion(number, title, published, "REQUEST", "iets te doen.");
        if (replaces != null) {
            fields.add(Map.entry("replacesNumber", replaces));
        }
        return clerk.post("/beheer/den-haag/moties/nieuw", fields);
    }
}
