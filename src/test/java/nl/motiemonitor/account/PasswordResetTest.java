package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator resets another user's password: the user's sessions end, the old password stops working, and
 * with the temporary one the user gets nothing of the staff area but the page to choose their own.
 */
@MotiemonitorTest
class PasswordResetTest {

    private static final Pattern SHOWN = Pattern.compile("<code class=\"mm-password\">([a-z0-9-]+)</code>");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Bodies bodies;

    @Autowired
    JdbcClient jdbc;

    TestUsers.Created admin;
    StaffClient adminClient;
    TestUsers.Created clerk;

    @BeforeEach
    void administratorAndClerk() {
        admin = TestUsers.admin(accounts);
        adminClient = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        Long denHaag = bodies.findBySlug("den-haag").orElseThrow().id();
        clerk = TestUsers.create(accounts, "vergeetachtig", false, Map.of(denHaag, BodyRole.CLERK));
    }

    @Test
    void aResetEndsTheUsersSessionsAndTheyMustChooseTheirOwnPasswordBeforeAnythingElse() {
        StaffClient before = StaffClient.fresh(port).loggedInAs(clerk.username(), clerk.password());
        assertThat(before.get("/beheer/den-haag/moties").statusCode()).isEqualTo(200);
        assertThat(adminClient.get("/beheer/gebruikers/" + clerk.id()).body()).contains("Wachtwoord instellen",
                "Wachtwoord laten maken");

        StaffClient.Response reset = adminClient.post("/beheer/gebruikers/" + clerk.id() + "/wachtwoord",
                Map.of("newPassword", "tijdelijk-wachtwoord-1", "confirmation", "tijdelijk-wachtwoord-1"));

        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(adminClient.get(reset.location()).body()).contains("Het wachtwoord van " + clerk.username()
                + " is opnieuw ingesteld.", "Moet een eigen wachtwoord kiezen")
                .doesNotContain("tijdelijk-wachtwoord-1");
        assertThat(before.get("/beheer/den-haag/moties").location()).as("the old session ended")
                .startsWith("/login");
        assertThat(StaffClient.fresh(port).login(clerk.username(), clerk.password()).location())
                .isEqualTo("/login?fout");

        StaffClient user = StaffClient.fresh(port).loggedInAs(clerk.username(), "tijdelijk-wachtwoord-1");
        for (String path : new String[] {"/beheer", "/beheer/den-haag/moties", "/beheer/den-haag/moties/nieuw",
                "/beheer/den-haag/brieven", "/beheer/den-haag/import"}) {
            StaffClient.Response held = user.get(path);
            assertThat(held.statusCode()).as(path).isEqualTo(303);
            assertThat(held.location()).as(path).isEqualTo("/beheer/wachtwoord");
        }
        String page = user.get("/beheer/wachtwoord").body();
        assertThat(page).contains("Een beheerder heeft uw wachtwoord opnieuw ingesteld. Kies eerst een eigen");
        long motions = jdbc.sql("select count(*) from motions").query(Long.class).single();
        StaffClient.Response post = user.post("/beheer/den-haag/moties/nieuw", Map.of("registrationNumber",
                "RIS-OMWEG", "title", "Langs het wachtwoord heen", "voteOutcome", "ADOPTED"));
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.location()).isEqualTo("/beheer/wachtwoord");
        assertThat(jdbc.sql("select count(*) from motions").query(Long.class).single()).isEqualTo(motions);

        user.get("/beheer/wachtwoord");
        StaffClient.Response changed = user.post("/beheer/wachtwoord", Map.of("currentPassword",
                "tijdelijk-wachtwoord-1", "newPassword", "mijn-eigen-nieuwe-wachtwoord",
                "confirmation", "mijn-eigen-nieuwe-wachtwoord"));
        assertThat(changed.location()).isEqualTo("/beheer/wachtwoord");
        assertThat(user.get("/beheer/wachtwoord").body()).contains("Uw wachtwoord is gewijzigd.",
                "Verder naar het beheer").doesNotContain("Kies eerst een eigen");
        assertThat(user.get("/beheer/den-haag/moties").statusCode()).isEqualTo(200);
        assertThat(accounts.find(clerk.id()).orElseThrow().mustChangePassword()).isFalse();
        StaffClient.fresh(port).loggedInAs(clerk.username(), "mijn-eigen-nieuwe-wachtwoord");
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndWorksOnce() {
        adminClient.get("/beheer/gebruikers/" + clerk.id());
        StaffClient.Response reset = adminClient.post("/beheer/gebruikers/" + clerk.id() + "/wachtwoord",
                Map.of("generate", "true"));
        assertThat(reset.statusCode()).isEqualTo(302);

        Matcher shown = SHOWN.matcher(adminClient.get(reset.location()).body());
        assertThat(shown.find()).as("the generated password is shown").isTrue();
        String temporary = shown.group(1);
        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){4}");
        assertThat(adminClient.get(reset.location()).body()).as("shown only once").doesNotContain(temporary)
                .doesNotContain("mm-password");

        StaffClient user = StaffClient.fresh(port).loggedInAs(clerk.username(), temporary);
        assertThat(user.get("/beheer").location()).isEqualTo("/beheer/wachtwoord");
    }

    @Test
    void aResetNeedsAStrongPasswordOfTwelveTo128CharactersTypedTwiceAndChangesNothingOtherwise() {
        String path = "/beheer/gebruikers/" + clerk.id() + "/wachtwoord";
        adminClient.get("/beheer/gebruikers/" + clerk.id());

        assertThat(adminClient.post(path, Map.of()).body()).contains("Controleer het formulier", "href=\"#newPassword\"",
                "Tijdelijk wachtwoord: vul een wachtwoord in, of laat er een maken.");
        assertThat(adminClient.post(path, Map.of("newPassword", "", "confirmation", "")).body())
                .contains("Tijdelijk wachtwoord: vul een wachtwoord in, of laat er een maken.")
                .doesNotContain("Tijdelijk wachtwoord: kies 12 tot 128 tekens.");
        assertThat(adminClient.post(path, Map.of("newPassword", "te-kort", "confirmation", "te-kort")).body())
                .contains("Tijdelijk wachtwoord: kies 12 tot 128 tekens.").doesNotContain("value=\"te-kort\"");
        assertThat(adminClient.post(path, Map.of("newPassword", "x".repeat(129), "confirmation", "x".repeat(129)))
                .body()).contains("Tijdelijk wachtwoord: kies 12 tot 128 tekens.");
        assertThat(adminClient.post(path, Map.of("newPassword", "lang-genoeg-wachtwoord",
                "confirmation", "iets-anders-getypt")).body())
                .contains("Herhaling: die is niet gelijk aan het tijdelijke wachtwoord.", "href=\"#confirmation\"");

        assertThat(adminClient.post(path, Map.of("newPassword", "password1234", "confirmation", "password1234"))
                .body()).contains("Tijdelijk wachtwoord: dit wachtwoord is te makkelijk te raden",
                        "href=\"#newPassword\"").doesNotContain("value=\"password1234\"");

        assertThat(accounts.find(clerk.id()).orElseThrow().mustChangePassword()).isFalse();
        StaffClient.fresh(port).loggedInAs(clerk.username(), clerk.password());
    }

    @Test
    void anAdministratorCannotResetTheirOwnPasswordThisWay() {
        String page = adminClient.get("/beheer/gebruikers/" + admin.id()).body();
        assertThat(page).contains("Uw eigen wachtwoord wijzigt u via").doesNotContain("Wachtwoord laten maken");

        String refused = adminClient.post("/beheer/gebruikers/" + admin.id() + "/wachtwoord",
                Map.of("generate", "true")).body();

        assertThat(refused).contains("U kunt uw eigen wachtwoord hier niet opnieuw instellen.");
        assertThat(accounts.find(admin.id()).orElseThrow().mustChangePassword()).isFalse();
        assertThat(adminClient.get("/beheer/gebruikers").statusCode()).as("still logged in").isEqualTo(200);
        StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
    }
}
