package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A user changes their own password at /beheer/wachtwoord. */
@MotiemonitorTest
class PasswordChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void explainsEachProblemInDutchAndNeverSendsAPasswordBack() {
        TestUsers.Created user = TestUsers.create(accounts, "wijziger", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        client.get("/beheer/wachtwoord");

        String empty = client.post("/beheer/wachtwoord", Map.of("currentPassword", "", "newPassword", "",
                "confirmation", "")).body();
        assertThat(empty).contains("Controleer het formulier", "Vul uw huidige wachtwoord in.",
                "Herhaal het nieuwe wachtwoord.", "href=\"#currentPassword\"", "href=\"#newPassword\"",
                "aria-describedby=\"currentPassword-fout\"");

        String tooShort = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "kort", "confirmation", "kort")).body();
        assertThat(tooShort).contains("Het nieuwe wachtwoord moet 12 tot 128 tekens lang zijn.")
                .doesNotContain(user.password()).doesNotContain("value=\"kort\"");

        String tooLong = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "x".repeat(129), "confirmation", "x".repeat(129))).body();
        assertThat(tooLong).contains("Het nieuwe wachtwoord moet 12 tot 128 tekens lang zijn.");

        String mismatch = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "een-nieuw-wachtwoord", "confirmation", "een-ander-wachtwoord")).body();
        assertThat(mismatch).contains("De herhaling is niet gelijk aan het nieuwe wachtwoord.")
                .doesNotContain("een-nieuw-wachtwoord").doesNotContain("een-ander-wachtwoord");

        String wrongCurrent = client.post("/beheer/wachtwoord", Map.of("currentPassword", "niet-mijn-wachtwoord",
                "newPassword", "een-nieuw-wachtwoord", "confirmation", "een-nieuw-wachtwoord")).body();
        assertThat(wrongCurrent).contains("Het huidige wachtwoord klopt niet.");

        StaffClient.fresh(port).loggedInAs(user.username(), user.password());
    }

    @Test
    void inEnglishTheProblemsAndTheNoticeAreEnglish() {
        TestUsers.Created user = TestUsers.create(accounts, "engelstalig", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        client.get("/beheer/wachtwoord?lang=en");

        String empty = client.post("/beheer/wachtwoord", Map.of("currentPassword", "", "newPassword", "",
                "confirmation", "")).body();
        assertThat(empty).contains("Enter your current password.", "Repeat the new password.")
                .doesNotContain("Vul uw huidige wachtwoord in.");
        String weak = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "motiemonitor1", "confirmation", "motiemonitor1")).body();
        assertThat(weak).contains("this password is too easy to guess").doesNotContain("te makkelijk");
        String mismatch = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "een-nieuw-wachtwoord", "confirmation", "een-ander-wachtwoord")).body();
        assertThat(mismatch).contains("The repetition does not match the new password.");

        assertThat(client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(), "newPassword",
                "fiets zonder bel op de dijk", "confirmation", "fiets zonder bel op de dijk")).location())
                .isEqualTo("/beheer/wachtwoord");
        assertThat(client.get("/beheer/wachtwoord").body())
                .contains("Your password has been changed. You have been logged out on other devices.");
    }

    @Test
    void aPasswordIsTakenExactlyAsTypedSpacesIncluded() {
        TestUsers.Created user = TestUsers.create(accounts, "spaties", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        client.get("/beheer/wachtwoord");
        String spaced = "  fiets zonder bel op de dijk  ";
        assertThat(client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(), "newPassword", spaced,
                "confirmation", spaced)).location()).isEqualTo("/beheer/wachtwoord");

        assertThat(StaffClient.fresh(port).login(user.username(), spaced.strip()).location())
                .as("the spaces are part of the password").isNotEqualTo("/beheer");
        StaffClient.fresh(port).loggedInAs(user.username(), spaced);
    }

    @Test
    void changingThePasswordEndsTheUsersOtherSessionsAndKeepsThisOne() {
        TestUsers.Created user = TestUsers.create(accounts, "twee-apparaten", false, Map.of());
        StaffClient laptop = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        StaffClient phone = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        assertThat(phone.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);

        laptop.get("/beheer/wachtwoord");
        StaffClient.Response changed = laptop.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "fiets zonder bel op de dijk", "confirmation", "fiets zonder bel op de dijk"));

        assertThat(changed.location()).isEqualTo("/beheer/wachtwoord");
        assertThat(laptop.get("/beheer/wachtwoord").body()).contains("Uw wachtwoord is gewijzigd.",
                "Op andere apparaten bent u afgemeld.");
        assertThat(laptop.get("/beheer").statusCode()).as("this session goes on").isEqualTo(200);
        assertThat(phone.get("/beheer").location()).as("the other one ended").isEqualTo("/login?verlopen");
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWithTheFieldNamed() {
        TestUsers.Created user = TestUsers.create(accounts, "zwak", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        client.get("/beheer/wachtwoord");

        for (String weak : new String[] {"password1234", "qwertyuiop123", "wachtwoord123", "Welkom123456",
                user.username() + "2026"}) {
            String page = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                    "newPassword", weak, "confirmation", weak)).body();
            assertThat(page).as(weak).contains("Nieuw wachtwoord: dit wachtwoord is te makkelijk te raden",
                    "href=\"#newPassword\"").doesNotContain("value=\"" + weak + "\"");
        }
        assertThat(client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "password1234", "confirmation", "password1234")).body())
                .contains("(dit is een veelgebruikt wachtwoord)");
        StaffClient.fresh(port).loggedInAs(user.username(), user.password());
    }

    @Test
    void theCurrentPasswordCannotBeGuessedHereBeyondTheLoginThrottle() {
        TestUsers.Created user = TestUsers.create(accounts, "geleende-sessie", false, Map.of());
        StaffClient borrowed = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        borrowed.get("/beheer/wachtwoord");
        for (int i = 1; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertThat(borrowed.post("/beheer/wachtwoord", Map.of("currentPassword", "geraden-" + i + "-wachtwoord",
                    "newPassword", "fiets zonder bel op de dijk", "confirmation", "fiets zonder bel op de dijk"))
                    .body()).contains("Het huidige wachtwoord klopt niet.");
        }

        String refused = borrowed.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", "fiets zonder bel op de dijk", "confirmation", "fiets zonder bel op de dijk")).body();

        assertThat(refused).contains("Huidig wachtwoord: te veel mislukte pogingen; probeer het over 1 minuut opnieuw.");
        assertThat(StaffClient.fresh(port).login(user.username(), user.password()).location())
                .as("the account waits, as after five failed logins").isEqualTo("/login?fout");
    }

    @Test
    void theNewPasswordOfUpTo128CharactersWorksAndTheOldOneNoLonger() {
        TestUsers.Created user = TestUsers.create(accounts, "nieuwwachtwoord", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        client.get("/beheer/wachtwoord");
        String longPassword = "lange zin met spaties en é ".repeat(5).substring(0, 128);

        StaffClient.Response changed = client.post("/beheer/wachtwoord", Map.of("currentPassword", user.password(),
                "newPassword", longPassword, "confirmation", longPassword));

        assertThat(changed.location()).isEqualTo("/beheer/wachtwoord");
        assertThat(client.get("/beheer/wachtwoord").body()).contains("Uw wachtwoord is gewijzigd.");
        StaffClient.fresh(port).loggedInAs(user.username(), longPassword);
        assertThat(StaffClient.fresh(port).login(user.username(), user.password()).location())
                .isEqualTo("/login?fout");
    }
}
