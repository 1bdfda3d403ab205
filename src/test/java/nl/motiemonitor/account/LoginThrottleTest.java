package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login throttling per account and per client address, over real HTTP, and its delays. */
@MotiemonitorTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void sixthAttemptForAnAccountIsRefusedEvenWithTheRightPasswordOtherAccountsAreNot() {
        TestUsers.Created target = TestUsers.create(accounts, "doelwit", false, Map.of());
        TestUsers.Created other = TestUsers.create(accounts, "collega", false, Map.of());
        StaffClient attacker = StaffClient.fresh(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(attacker.login(target.username(), "geraden-" + i + "-wachtwoord").location())
                    .isEqualTo("/login?fout");
            assertThat(attacker.get("/login?fout").body()).contains("Onjuiste gebruikersnaam of wachtwoord.");
        }

        assertThat(attacker.login(target.username(), target.password()).location()).isEqualTo("/login?fout");
        assertThat(attacker.get("/login?fout").body())
                .contains("Te veel mislukte pogingen; probeer het over 1 minuut opnieuw.");
        StaffClient elsewhere = StaffClient.fresh(port);
        assertThat(elsewhere.login(target.username(), target.password()).location())
                .as("the account waits, from any new address").isEqualTo("/login?fout");
        assertThat(elsewhere.get("/login?fout").body()).contains("Te veel mislukte pogingen");

        StaffClient colleague = StaffClient.fresh(port);
        colleague.loggedInAs(other.username(), other.password());
        assertThat(colleague.get("/beheer/wachtwoord").status()).isEqualTo(200);
    }

    @Test
    void anAddressWithFiveFailuresWaitsForEveryAccountOtherAddressesDoNot() {
        TestUsers.Created user = TestUsers.create(accounts, "buur", false, Map.of());
        StaffClient guesser = StaffClient.fresh(port);
        for (int i = 1; i <= 5; i++) {
            guesser.login(TestUsers.uniqueName("verzonnen"), "geraden-wachtwoord-" + i);
        }

        assertThat(guesser.login(user.username(), user.password()).location()).isEqualTo("/login?fout");
        assertThat(guesser.get("/login?fout").body()).contains("Te veel mislukte pogingen");

        StaffClient.Response fromElsewhere = StaffClient.fresh(port).login(user.username(), user.password());
        assertThat(fromElsewhere.location()).isEqualTo("/beheer");
    }

    @Test
    void aSuccessfulLoginResetsTheAccountsCount() {
        TestUsers.Created user = TestUsers.create(accounts, "vergeetachtig", false, Map.of());
        StaffClient first = StaffClient.fresh(port);
        for (int i = 1; i <= 4; i++) {
            first.login(user.username(), "vergeten-wachtwoord-" + i);
        }
        StaffClient.fresh(port).loggedInAs(user.username(), user.password());
        StaffClient third = StaffClient.fresh(port);
        for (int i = 1; i <= 4; i++) {
            third.login(user.username(), "weer-vergeten-" + i);
        }

        assertThat(StaffClient.fresh(port).login(user.username(), user.password()).location())
                .as("8 failures in 15 minutes, but only 4 since the last success").isEqualTo("/beheer");
    }

    @Test
    void anAddressWhereTheUserLoggedInBeforeIsNotHeldBackByFailuresElsewhere() {
        TestUsers.Created user = TestUsers.create(accounts, "vaste-plek", false, Map.of());
        StaffClient office = StaffClient.fresh(port);
        office.loggedInAs(user.username(), user.password());
        StaffClient attacker = StaffClient.fresh(port);
        for (int i = 1; i <= 6; i++) {
            attacker.login(user.username(), "aanval-" + i + "-wachtwoord");
        }

        assertThat(StaffClient.fresh(port).login(user.username(), user.password()).location())
                .as("a new address waits").isEqualTo("/login?fout");
        assertThat(office.sameAddress().login(user.username(), user.password()).location())
                .as("the usual address does not").isEqualTo("/beheer");
    }

    @Test
    void delayGrowsFromOneMinuteToAtMostFifteenAndNeverOutlastsTheWindow() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");

        assertThat(LoginThrottle.blockedUntil(failures(start, 4), start.plusSeconds(4))).isEmpty();
        assertThat(LoginThrottle.blockedUntil(failures(start, 5), start.plusSeconds(5)))
                .contains(start.plusSeconds(4).plus(Duration.ofMinutes(1)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 6), start.plusSeconds(6)))
                .contains(start.plusSeconds(5).plus(Duration.ofMinutes(2)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 7), start.plusSeconds(7)))
                .contains(start.plusSeconds(6).plus(Duration.ofMinutes(4)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 8), start.plusSeconds(8)))
                .contains(start.plusSeconds(7).plus(Duration.ofMinutes(8)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 9), start.plusSeconds(9)))
                .contains(start.plusSeconds(8).plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 40), start.plusSeconds(40)))
                .contains(start.plusSeconds(39).plus(Duration.ofMinutes(15)));
        assertThat(LoginThrottle.blockedUntil(failures(start, 5), start.plusSeconds(4).plus(Duration.ofMinutes(1))))
                .as("the wait is over").isEmpty();
    }

    @Test
    void waitingTimeIsShownInWholeMinutesRoundedUp() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(1)).minutes()).isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).minutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofMinutes(15)).minutes()).isEqualTo(15);
    }

    private static List<Instant> failures(Instant start, int count) {
        List<Instant> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(start.plusSeconds(i));
        }
        return failures;
    }
}
