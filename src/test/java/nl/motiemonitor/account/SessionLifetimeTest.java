package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import nl.motiemonitor.testsupport.BehindProxyTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A session ends at its absolute lifetime however active it is (here {@value BehindProxyTest#ABSOLUTE_TIMEOUT_SECONDS}
 * seconds, counted from the login).
 */
@BehindProxyTest
class SessionLifetimeTest {

    static final Duration LIFETIME = Duration.ofSeconds(BehindProxyTest.ABSOLUTE_TIMEOUT_SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anActiveSessionEndsAtItsAbsoluteLifetimeAndTheUserLogsInAgain() throws Exception {
        TestUsers.Created user = TestUsers.create(accounts, "lange-dag", false, Map.of());
        // the session is made during the login: it is younger than the time since before, older than since after
        long before = System.nanoTime();
        StaffClient client = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        long after = System.nanoTime();

        while (elapsed(before).compareTo(LIFETIME.minusSeconds(1)) < 0) {
            assertThat(client.get("/beheer/wachtwoord").statusCode()).as("active, within its lifetime").isEqualTo(200);
            Thread.sleep(500);
        }
        Thread.sleep(Math.max(0, LIFETIME.plusMillis(500).minus(elapsed(after)).toMillis()));

        StaffClient.Response ended = client.get("/beheer/wachtwoord");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.location()).isEqualTo("/login?verlopen");
        assertThat(client.get("/login?verlopen").body()).contains("Uw sessie is beëindigd. Log opnieuw in.");
        assertThat(client.get("/beheer").location()).as("not logged in any more").endsWith("/login");
        assertThat(client.login(user.username(), user.password()).location()).startsWith("/beheer");
        assertThat(client.get("/beheer/wachtwoord").statusCode()).as("a new session, a new lifetime").isEqualTo(200);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
