package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators manage users and bodies; nobody else may. */
@MotiemonitorTest
class UserAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Bodies bodies;

    @Test
    void clerkAndMemberGetForbiddenOnTheAdministratorsPages() {
        Long denHaag = bodies.findBySlug("den-haag").orElseThrow().id();
        TestUsers.Created clerk = TestUsers.create(accounts, "griffie", false, Map.of(denHaag, BodyRole.CLERK));
        TestUsers.Created member = TestUsers.create(accounts, "lid", false, Map.of(denHaag, BodyRole.MEMBER));

        for (TestUsers.Created user : new TestUsers.Created[] {clerk, member}) {
            StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
            assertThat(client.get("/beheer/gebruikers").statusCode()).isEqualTo(403);
            assertThat(client.get("/beheer/gebruikers/nieuw").statusCode()).isEqualTo(403);
            assertThat(client.get("/beheer/gebruikers/" + user.id()).statusCode()).isEqualTo(403);
            assertThat(client.get("/beheer/bestuursorganen").statusCode()).isEqualTo(403);
            client.get("/beheer/wachtwoord");
            assertThat(client.post("/beheer/gebruikers/" + user.id() + "/rollen", Map.of("admin", "true")).statusCode())
                    .isEqualTo(403);
            assertThat(client.post("/beheer/bestuursorganen", Map.of("slug", "x", "name", "X")).statusCode())
                    .isEqualTo(403);
            assertThat(client.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);
        }
        assertThat(accounts.find(clerk.id()).orElseThrow().admin()).isFalse();
    }

    @Test
    void administratorCreatesAUserWithRolesPerBodyWhoCanThenLogIn() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        BodyView denHaag = bodies.findBySlug("den-haag").orElseThrow();
        BodyView groningen = bodies.findBySlug("groningen").orElseThrow();
        StaffClient client = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        String page = client.get("/beheer/gebruikers/nieuw").body();
        assertThat(page).contains("Nieuwe gebruiker", "name=\"roles[" + denHaag.id() + "]\"", "Geen rol", "Griffie",
                "Raadslid");
        String username = TestUsers.uniqueName("Nieuw");

        StaffClient.Response created = client.post("/beheer/gebruikers", Map.of("username", username,
                "displayName", "Nieuwe Griffier", "password", "een-lang-eerste-wachtwoord",
                "roles[" + denHaag.id() + "]", "CLERK", "roles[" + groningen.id() + "]", "MEMBER",
                "roles[" + Long.valueOf(987654) + "]", ""));

        assertThat(created.statusCode()).as(created.toString()).isEqualTo(302);
        assertThat(created.location()).isEqualTo("/beheer/gebruikers");
        assertThat(client.get("/beheer/gebruikers").body()).contains(username.toLowerCase(), "Nieuwe Griffier",
                "is aangemaakt", "Griffie: Gemeente Den Haag", "Raadslid: Gemeente Groningen");
        Accounts.UserSummary user = accounts.findByUsername(username).orElseThrow();
        assertThat(user.roles()).containsExactlyInAnyOrderEntriesOf(
                Map.of(denHaag.id(), BodyRole.CLERK, groningen.id(), BodyRole.MEMBER));
        assertThat(user.admin()).isFalse();
        StaffClient.fresh(port).loggedInAs(username, "een-lang-eerste-wachtwoord");
    }

    @Test
    void aCommonOrBreachedFirstPasswordIsRefusedWithTheFieldNamed() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        StaffClient client = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        client.get("/beheer/gebruikers/nieuw");
        String username = TestUsers.uniqueName("zwak");

        String page = client.post("/beheer/gebruikers", Map.of("username", username, "displayName", "Zwak Wachtwoord",
                "password", "iloveyou1234")).body();

        assertThat(page).contains("Controleer het formulier", "href=\"#password\"",
                "Eerste wachtwoord: dit wachtwoord is te makkelijk te raden").doesNotContain("iloveyou1234");
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThatThrownBy(() -> accounts.create(new Accounts.NewUser(username, "Zwak", "motiemonitor2026", false,
                Map.of()))).as("the service refuses it too").isInstanceOf(PasswordPolicy.WeakPasswordException.class);
    }

    @Test
    void newUserFormExplainsEveryProblemKeepsWhatWasTypedButNotThePassword() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        TestUsers.Created existing = TestUsers.create(accounts, "bestaand", false, Map.of());
        StaffClient client = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        client.get("/beheer/gebruikers/nieuw");

        String page = client.post("/beheer/gebruikers", Map.of("username", "niet goed!", "displayName", "",
                "password", "kort-geheim")).body();
        assertThat(page).contains("Controleer het formulier", "href=\"#username\"", "href=\"#displayName\"",
                "href=\"#password\"", "Gebruik alleen letters, cijfers, punten en streepjes",
                "Vul de naam in zoals die in het portaal moet verschijnen.",
                "Kies een eerste wachtwoord van 12 tot 128 tekens.", "value=\"niet goed!\"",
                "aria-describedby=\"username-uitleg username-fout\"", "aria-invalid=\"true\"")
                .doesNotContain("kort-geheim");

        String duplicate = client.post("/beheer/gebruikers", Map.of("username", existing.username().toUpperCase(),
                "displayName", "Dubbel", "password", "lang-genoeg-wachtwoord")).body();
        assertThat(duplicate).contains("Deze gebruikersnaam bestaat al. Kies een andere.", "value=\"Dubbel\"")
                .doesNotContain("lang-genoeg-wachtwoord");
    }

    @Test
    void blockingAUserEndsTheirSessionsAtOnceAndKeepsThemOut() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        TestUsers.Created user = TestUsers.create(accounts, "vertrekt", false, Map.of());
        StaffClient userClient = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        StaffClient secondSession = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        assertThat(userClient.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);
        StaffClient adminClient = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        adminClient.get("/beheer/gebruikers/" + user.id());

        StaffClient.Response blocked = adminClient.post("/beheer/gebruikers/" + user.id() + "/blokkeren", Map.of());

        assertThat(blocked.location()).isEqualTo("/beheer/gebruikers/" + user.id());
        assertThat(adminClient.get("/beheer/gebruikers/" + user.id()).body()).contains("is geblokkeerd",
                "Geblokkeerd", "Gebruiker deblokkeren");
        assertThat(userClient.get("/beheer/wachtwoord").location()).startsWith("/login");
        assertThat(secondSession.get("/").location()).isEqualTo("/login?verlopen");
        assertThat(secondSession.get("/login?verlopen").body()).contains("Uw sessie is beëindigd.");
        assertThat(userClient.get("/beheer/wachtwoord").location()).isEqualTo("/login");
        assertThat(StaffClient.fresh(port).login(user.username(), user.password()).location())
                .isEqualTo("/login?fout");

        adminClient.post("/beheer/gebruikers/" + user.id() + "/deblokkeren", Map.of());
        StaffClient.fresh(port).loggedInAs(user.username(), user.password());
    }

    @Test
    void changingRolesEndsTheUsersSessionsSoNewRolesApplyAtOnce() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        Long denHaag = bodies.findBySlug("den-haag").orElseThrow().id();
        TestUsers.Created user = TestUsers.create(accounts, "promotie", false, Map.of(denHaag, BodyRole.MEMBER));
        StaffClient userClient = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        StaffClient adminClient = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        assertThat(adminClient.get("/beheer/gebruikers/" + user.id()).body()).contains("selected");

        Map<String, String> form = new HashMap<>();
        form.put("roles[" + denHaag + "]", "CLERK");
        form.put("_admin", "on");
        assertThat(adminClient.post("/beheer/gebruikers/" + user.id() + "/rollen", form).statusCode()).isEqualTo(302);

        assertThat(accounts.find(user.id()).orElseThrow().roles()).containsEntry(denHaag, BodyRole.CLERK);
        assertThat(userClient.get("/beheer/wachtwoord").location()).startsWith("/login");
    }

    @Test
    void administratorCannotBlockThemselvesOrTakeAwayTheirOwnAdministratorRole() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        StaffClient client = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        client.get("/beheer/gebruikers/" + admin.id());

        client.post("/beheer/gebruikers/" + admin.id() + "/blokkeren", Map.of());
        assertThat(client.get("/beheer/gebruikers/" + admin.id()).body())
                .contains("U kunt uw eigen account niet blokkeren.");
        String refused = client.post("/beheer/gebruikers/" + admin.id() + "/rollen", Map.of("_admin", "on")).body();
        assertThat(refused).contains("U kunt uzelf de rol beheerder niet afnemen.");
        assertThat(accounts.find(admin.id()).orElseThrow().admin()).isTrue();
        assertThat(accounts.find(admin.id()).orElseThrow().enabled()).isTrue();
    }
}
