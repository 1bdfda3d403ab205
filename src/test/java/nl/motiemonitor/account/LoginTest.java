package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form login, logout and the session, over real HTTP. */
@MotiemonitorTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anonymousVisitorOfTheStaffAreaIsSentToTheLoginPage() {
        StaffClient client = StaffClient.fresh(port);

        assertThat(client.get("/beheer").location()).isEqualTo("/login");
        assertThat(client.get("/beheer/wachtwoord").location()).isEqualTo("/login");
        assertThat(client.get("/beheer/gebruikers").location()).isEqualTo("/login");
    }

    @Test
    void loginPageHasTheUsualFieldsAndATokenAndPublicPagesOfferIt() {
        StaffClient client = StaffClient.fresh(port);

        String html = client.get("/login").body();
        assertThat(html).contains("<h1 class=\"utrecht-heading-1\">Inloggen</h1>", "name=\"username\"",
                "name=\"password\"", "autocomplete=\"current-password\"", "name=\"_csrf\"");
        assertThat(client.get("/").body()).contains("href=\"/login\"", "Inloggen").doesNotContain("Uitloggen");
    }

    @Test
    void correctPasswordLogsInWithANewSessionIdAndShowsTheUserInTheHeader() {
        TestUsers.Created user = TestUsers.create(accounts, "griffier", false, Map.of());
        StaffClient client = StaffClient.fresh(port);
        client.get("/login");
        String before = client.sessionId();

        StaffClient.Response response = client.post("/login",
                Map.of("username", user.username().toUpperCase(), "password", user.password()));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.location()).isEqualTo("/beheer");
        assertThat(before).isNotNull();
        assertThat(client.sessionId()).as("session fixation protection").isNotNull().isNotEqualTo(before);
        String home = client.get("/").body();
        assertThat(home).contains("Test " + user.username(), "href=\"/beheer\"", "Wachtwoord wijzigen",
                "action=\"/logout\"", "Uitloggen").doesNotContain("href=\"/login\"");
        assertThat(client.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessageAndKeepTheUsernameNotThePassword() {
        TestUsers.Created user = TestUsers.create(accounts, "raadslid", false, Map.of());
        StaffClient client = StaffClient.fresh(port);

        StaffClient.Response wrong = client.login(user.username(), "fout-wachtwoord-123");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.location()).isEqualTo("/login?fout");
        String page = client.get("/login?fout").body();
        assertThat(page).contains("Onjuiste gebruikersnaam of wachtwoord.", "value=\"" + user.username() + "\"")
                .doesNotContain("fout-wachtwoord-123");

        client.login("bestaat-niet-" + user.username(), "fout-wachtwoord-123");
        assertThat(client.get("/login?fout").body()).contains("Onjuiste gebruikersnaam of wachtwoord.");
        assertThat(client.get("/beheer/wachtwoord").location()).isEqualTo("/login");
    }

    @Test
    void disabledUserCannotLogInAndIsToldNothingMore() {
        TestUsers.Created user = TestUsers.create(accounts, "oud", false, Map.of());
        TestUsers.Created admin = TestUsers.admin(accounts);
        accounts.disable(user.id(), admin.username());
        StaffClient client = StaffClient.fresh(port);

        assertThat(client.login(user.username(), user.password()).location()).isEqualTo("/login?fout");
        assertThat(client.get("/login?fout").body()).contains("Onjuiste gebruikersnaam of wachtwoord.");
    }

    @Test
    void logoutIsAPostWithTokenAndEndsTheSession() {
        TestUsers.Created user = TestUsers.create(accounts, "uitlogger", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());

        assertThat(client.get("/logout").statusCode()).as("GET /logout does nothing").isEqualTo(404);
        assertThat(client.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);
        assertThat(client.post("/logout", Map.of("_csrf", "verkeerd")).statusCode()).as("without a valid token")
                .isEqualTo(403);
        assertThat(client.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);

        client.get("/beheer/wachtwoord");
        StaffClient.Response logout = client.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.location()).isEqualTo("/?afgemeld");
        assertThat(client.get("/?afgemeld").body()).contains("U bent uitgelogd.", "href=\"/login\"");
        assertThat(client.get("/beheer/wachtwoord").location()).isEqualTo("/login");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        TestUsers.Created user = TestUsers.create(accounts, "zondertoken", false, Map.of());
        StaffClient client = StaffClient.fresh(port);

        StaffClient.Response response = client.post("/login",
                Map.of("username", user.username(), "password", user.password()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.get("/beheer/wachtwoord").location()).isEqualTo("/login");
    }

    @Test
    void loginsAreLoggedWithUserAndAddressButNeverThePassword(CapturedOutput output) {
        TestUsers.Created user = TestUsers.create(accounts, "gelogd", false, Map.of());
        StaffClient client = StaffClient.fresh(port);

        client.login(user.username(), "verkeerd-wachtwoord-" + user.username());
        client.loggedInAs(user.username(), user.password());

        assertThat(output.getAll())
                .contains("Login failed (BadCredentialsException): user '" + user.username() + "' from "
                        + client.address())
                .contains("Login succeeded: user '" + user.username() + "' from " + client.address())
                .doesNotContain(user.password()).doesNotContain("verkeerd-wachtwoord-" + user.username());
    }

    @Test
    void staffPrincipalAnswersTheRoleQuestionsOfOtherModules() {
        AccountPrincipal clerk = new AccountPrincipal(1L, "c", "C", "{noop}x", true, false,
                Map.of(10L, BodyRole.CLERK, 20L, BodyRole.MEMBER));
        AccountPrincipal admin = new AccountPrincipal(2L, "a", "A", "{noop}x", true, true, Map.of());

        assertThat(clerk.canEdit(10L)).isTrue();
        assertThat(clerk.canEdit(20L)).isFalse();
        assertThat(clerk.canEdit(30L)).isFalse();
        assertThat(clerk.canReadDrafts(20L)).isTrue();
        assertThat(clerk.canReadDrafts(30L)).isFalse();
        assertThat(clerk.readableBodyIds()).containsExactlyInAnyOrder(10L, 20L);
        assertThat(clerk.isAdmin()).isFalse();
        assertThat(clerk.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
        assertThat(admin.canEdit(30L)).isTrue();
        assertThat(admin.canReadDrafts(30L)).isTrue();
        assertThat(admin.readableBodyIds()).isEmpty();
        assertThat(admin.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_ADMIN");
    }
}
