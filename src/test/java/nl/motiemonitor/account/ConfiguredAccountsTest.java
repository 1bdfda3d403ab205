package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployment that names its first administrator and password, publishes a security.txt and states its own
 * accessibility statement's organisation, address, contact and date. Its own Spring context
 * (and so its own database), which also makes it the place for tests that add bodies.
 */
@MotiemonitorTest
@TestPropertySource(properties = {"motiemonitor.admin.username=Hoofdbeheer",
        "motiemonitor.admin.password=gekozen-beheer-wachtwoord",
        "motiemonitor.security-txt.contact=mailto:security@motiemonitor.example, https://motiemonitor.example/melden",
        "motiemonitor.security-txt.expires=2027-06-30T00:00:00Z",
        "motiemonitor.accessibility.organisation=Gemeente Voorbeeldstad",
        "motiemonitor.accessibility.website=https://moties.voorbeeldstad.example",
        "motiemonitor.accessibility.contact-email=digitaal@voorbeeldstad.example",
        "motiemonitor.accessibility.date=2027-03-01"})
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Bodies bodies;

    @Test
    void firstAdministratorHasTheConfiguredNameAndPasswordAndIsCreatedOnlyOnce() {
        Accounts.UserSummary admin = accounts.findByUsername("hoofdbeheer").orElseThrow();
        assertThat(admin.admin()).isTrue();
        assertThat(admin.enabled()).isTrue();

        StaffClient client = StaffClient.fresh(port).loggedInAs("Hoofdbeheer", "gekozen-beheer-wachtwoord");
        assertThat(client.get("/beheer/gebruikers").statusCode()).isEqualTo(200);
        long users = jdbc.sql("select count(*) from users").query(Long.class).single();

        assertThat(bootstrap.createFirstAdministratorIfNoUsers()).isFalse();
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(users);
        assertThat(jdbc.sql("select password_hash from users where username = 'hoofdbeheer'").query(String.class)
                .single()).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("gekozen-beheer-wachtwoord");
    }

    @Test
    @Transactional
    void withoutAConfiguredPasswordAGeneratedOneIsLoggedOnceAsAWarning(CapturedOutput output) {
        jdbc.sql("delete from users").update();
        AdminBootstrap generating = new AdminBootstrap(accounts, new AdminProperties(null, null));

        assertThat(generating.createFirstAdministratorIfNoUsers()).isTrue();

        Matcher logged = Pattern.compile("WARN.*?No users existed, so administrator 'admin' was created with this "
                + "generated password:\\s+(\\S+)", Pattern.DOTALL).matcher(output.getAll());
        assertThat(logged.find()).as(output.getAll()).isTrue();
        String password = logged.group(1);
        assertThat(password).hasSize(24);
        String hash = jdbc.sql("select password_hash from users where username = 'admin'").query(String.class)
                .single();
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(accounts.findByUsername("admin").orElseThrow().mustChangePassword())
                .as("it stood in the log: the administrator chooses their own at the first login").isTrue();
        assertThat(generating.createFirstAdministratorIfNoUsers()).isFalse();
        assertThat(output.getAll().split("generated password", -1)).hasSize(2);
    }

    @Test
    @Transactional
    void aConfiguredPasswordThatIsEasyToGuessStopsTheStart() {
        jdbc.sql("delete from users").update();
        AdminBootstrap weak = new AdminBootstrap(accounts, new AdminProperties("admin", "qwertyuiop123"));

        assertThatThrownBy(weak::createFirstAdministratorIfNoUsers).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motiemonitor.admin.password (MOTIEMONITOR_ADMIN_PASSWORD) is too easy to guess")
                .hasMessageNotContaining("qwertyuiop123");
        assertThat(accounts.isEmpty()).isTrue();
    }

    @Test
    void securityTxtComesFromConfiguration() {
        StaffClient.Response response = StaffClient.fresh(port).get("/.well-known/security.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).isEqualTo("""
                Contact: mailto:security@motiemonitor.example
                Contact: https://motiemonitor.example/melden
                Expires: 2027-06-30T00:00:00Z
                Preferred-Languages: nl, en
                """);
    }

    @Test
    void accessibilityStatementNamesTheConfiguredOrganisationAddressContactAndDate() {
        StaffClient.Response response = StaffClient.fresh(port).get("/toegankelijkheid");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Gemeente Voorbeeldstad streeft ernaar Motiemonitor toegankelijk te maken",
                "de website https://moties.voorbeeldstad.example:", "href=\"mailto:digitaal@voorbeeldstad.example\"",
                "<time datetime=\"2027-03-01\">1 maart 2027</time>", "uitgevoerd op 1 maart 2027.")
                .doesNotContain("toegankelijkheid@motiemonitor.nl");
    }

    /** In this class's own database: the other contexts' tests count the demo data's bodies. */
    @Test
    void administratorRegistersABodyWithValidationAndAClearMessageForADuplicateSlug() {
        TestUsers.Created admin = TestUsers.admin(accounts);
        StaffClient client = StaffClient.fresh(port).loggedInAs(admin.username(), admin.password());
        assertThat(client.get("/beheer/bestuursorganen").body()).contains("Gemeente Den Haag", "/den-haag",
                "Bestuursorgaan toevoegen");
        String slug = "test-" + Long.toString(System.nanoTime(), 36);

        String invalid = client.post("/beheer/bestuursorganen", Map.of("slug", "Den Haag", "name", " ",
                "kind", "", "cbsCode", "XX12", "theme", "voorbeeld")).body();
        assertThat(invalid).contains("Controleer het formulier", "Adresdeel: gebruik kleine letters en cijfers",
                "Naam: vul de naam in", "Soort: kies de soort bestuursorgaan.", "CBS-code: GM, PV of WS",
                "value=\"Den Haag\"", "value=\"XX12\"");

        String duplicate = client.post("/beheer/bestuursorganen", Map.of("slug", "den-haag", "name", "Nog eens",
                "kind", "MUNICIPALITY", "cbsCode", "", "theme", "voorbeeld")).body();
        assertThat(duplicate).contains("Adresdeel: er is al een bestuursorgaan met dit adresdeel. Kies een ander.");

        StaffClient.Response created = client.post("/beheer/bestuursorganen", Map.of("slug", slug,
                "name", "Waterschap Test", "kind", "WATER_BOARD", "cbsCode", "", "theme", "voorbeeld"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(bodies.findBySlug(slug)).isPresent();
        assertThat(client.get("/beheer/bestuursorganen").body()).contains("Waterschap Test is toegevoegd.");
        assertThat(client.get("/" + slug).statusCode()).isEqualTo(200);
    }
}
