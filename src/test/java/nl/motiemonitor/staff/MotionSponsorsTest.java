package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sponsors of a motion are a set of the body's members: typed names link, edits keep them, refusals add none. */
@MotiemonitorTest
class MotionSponsorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTypedNameOfAnExistingMemberLinksThatMemberInsteadOfAddingASecondPerson() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String name = "Van der Velde " + unique();
        long first = create(clerk, number(), name + " (GroenLinks)");
        long second = create(clerk, number(), "  " + name.toLowerCase().replace(" ", "  ") + " (groenlinks) ");
        long third = create(clerk, number(), name);

        assertThat(jdbc.queryForObject("select count(*) from members where name = ?", Long.class, name)).isOne();
        assertThat(sponsors(first)).isEqualTo(sponsors(second)).isEqualTo(sponsors(third)).hasSize(1);
    }

    @Test
    void theSameNameInAnotherPartyIsAnotherMember() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String name = "De Jong " + unique();
        create(clerk, number(), name + " (VVD)");
        create(clerk, number(), name + " (CDA)");

        assertThat(jdbc.queryForObject("select count(*) from members where name = ?", Long.class, name)).isEqualTo(2);
        clerk.get("/beheer/den-haag/moties/nieuw");
        HttpResponse<String> ambiguous = clerk.post("/beheer/den-haag/moties/nieuw", fields(number(), name));
        assertThat(ambiguous.statusCode()).isEqualTo(200);
        assertThat(ambiguous.body()).contains("Er zijn 2 raadsleden met de naam " + name,
                "vermeld de fractie tussen haakjes", "value=\"Bankjes\"");
    }

    @Test
    void aRefusedMotionLeavesNoNewMemberBehind() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = number();
        create(clerk, number, "Eerste " + unique());
        String newcomer = "Nieuwkomer " + unique();

        clerk.get("/beheer/den-haag/moties/nieuw");
        HttpResponse<String> refused = clerk.post("/beheer/den-haag/moties/nieuw", fields(number,
                newcomer + " (Partij voor de Dieren)"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Controleer het formulier", newcomer);
        assertThat(jdbc.queryForObject("select count(*) from members where name = ?", Long.class, newcomer)).isZero();
    }

    @Test
    void removingTheMiddleSponsorKeepsTheOthersInTheirOrder() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String suffix = unique();
        long id = create(clerk, number(), "Zwart " + suffix + "\nAppel " + suffix + "\nMol " + suffix);
        long appel = jdbc.queryForObject("select id from members where name = ?", Long.class, "Appel " + suffix);
        String path = "/beheer/den-haag/moties/" + id + "/bewerken";
        HtmlForm form = HtmlForm.of(clerk.get(path).body(), path);
        List<Map.Entry<String, String>> withoutAppel = form.fields().stream()
                .filter(field -> !(field.getKey().equals("sponsorIds") && field.getValue().equals(String.valueOf(appel))))
                .toList();

        HttpResponse<String> saved = clerk.post(path, withoutAppel);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(jdbc.queryForList("select m.name from motion_sponsors s join members m on m.id = s.member_id"
                + " where s.motion_id = ? order by s.position", String.class, id))
                .containsExactly("Zwart " + suffix, "Mol " + suffix);
    }

    private long create(StaffClient clerk, String number, String sponsors) {
        clerk.get("/beheer/den-haag/moties/nieuw");
        HttpResponse<String> saved = clerk.post("/beheer/den-haag/moties/nieuw", fields(number, sponsors));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<Map.Entry<String, String>> fields(String number, String sponsors) {
        return List.of(Map.entry("registrationNumber", number), Map.entry("title", "Bankjes"),
                Map.entry("voteOutcome", "ADOPTED"), Map.entry("adoptedOn", "2024-02-01"),
                Map.entry("newSponsors", sponsors), Map.entry("clauses[0].kind", "REQUEST"),
                Map.entry("clauses[0].text", "bankjes te plaatsen."));
    }

    private List<Long> sponsors(long motion) {
        return jdbc.queryForList("select member_id from motion_sponsors where motion_id = ? order by position",
                Long.class, motion);
    }

    private static String number() {
        return "SP-" + unique();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
