package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers on a public page, the login page and a staff page; no security.txt without a contact. */
@MotiemonitorTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void everyKindOfPageCarriesTheSecurityHeadersAndStaffPagesAreNotStored() {
        TestUsers.Created user = TestUsers.create(accounts, "kopteksten", false, Map.of());
        StaffClient client = StaffClient.fresh(port);

        StaffClient.Response publicPage = client.get("/den-haag");
        StaffClient.Response loginPage = client.get("/login");
        client.loggedInAs(user.username(), user.password());
        StaffClient.Response staffPage = client.get("/beheer/wachtwoord");

        for (StaffClient.Response response : new StaffClient.Response[] {publicPage, loginPage, staffPage}) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("Content-Security-Policy")).isEqualTo(CSP);
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Strict-Transport-Security")).as("only over HTTPS").isNull();
        }
        assertThat(loginPage.header("Cache-Control")).contains("no-store");
        assertThat(staffPage.header("Cache-Control")).contains("no-store");
        assertThat(publicPage.headers("set-cookie")).as("visitors get no session").isEmpty();
        String cookie = String.join(" ", loginPage.headers("set-cookie"));
        assertThat(cookie).contains("SESSION=", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void securityTxtIsAbsentWithoutAContact() {
        assertThat(StaffClient.fresh(port).get("/.well-known/security.txt").statusCode()).isEqualTo(404);
    }
}
