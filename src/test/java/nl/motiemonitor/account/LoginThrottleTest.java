package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Login throttling per account and per client address, over real HTTP, and its delays. */
@MotiemonitorTest
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

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
        assertThat(colleague.get("/beheer/wachtwoord").statusCode()).isEqualTo(200);
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
    void twentyParallelGuessesForOneAccountFromTwentyAddressesGetExactlyFivePasswordChecks() throws Exception {
        TestUsers.Created target = TestUsers.create(accounts, "parallel-doelwit", false, Map.of());
        List<StaffClient> attackers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            attackers.add(StaffClient.fresh(port));
        }

        List<String> locations = guessAtOnce(i -> attackers.get(i), i -> target.username());

        assertThat(locations).containsOnly("/login?fout");
        assertThat(outcomes("username = '" + target.username() + "'"))
                .as("each password check is recorded as a failure before its result is known; the rest wait")
                .containsEntry("FAILURE", (long) LoginThrottle.FREE_FAILURES)
                .containsEntry("REFUSED", (long) PARALLEL - LoginThrottle.FREE_FAILURES);
    }

    @Test
    void twentyParallelGuessesFromOneAddressForTwentyAccountsGetExactlyFivePasswordChecks() throws Exception {
        StaffClient first = StaffClient.fresh(port);
        List<StaffClient> sameAddress = new ArrayList<>(List.of(first));
        for (int i = 1; i < PARALLEL; i++) {
            sameAddress.add(first.sameAddress());
        }
        String prefix = TestUsers.uniqueName("verzonnen");

        guessAtOnce(i -> sameAddress.get(i), i -> prefix + "-" + i);

        assertThat(outcomes("address = '" + first.address() + "'"))
                .containsEntry("FAILURE", (long) LoginThrottle.FREE_FAILURES)
                .containsEntry("REFUSED", (long) PARALLEL - LoginThrottle.FREE_FAILURES);
    }

    private static final int PARALLEL = 20;

    /** Every client reads the login page, then all post a wrong password at the same moment. */
    private List<String> guessAtOnce(IntFunction<StaffClient> clients, IntFunction<String> usernames)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                StaffClient client = clients.apply(i);
                String username = usernames.apply(i);
                int guess = i;
                results.add(threads.submit(() -> {
                    client.get("/login");
                    ready.countDown();
                    go.await();
                    return client.post("/login", Map.of("username", username,
                            "password", "gelijktijdig-geraden-" + guess)).location();
                }));
            }
            ready.await();
            go.countDown();
            List<String> locations = new ArrayList<>();
            for (Future<String> result : results) {
                locations.add(result.get());
            }
            return locations;
        } finally {
            threads.shutdownNow();
        }
    }

    private Map<String, Long> outcomes(String condition) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select outcome, count(*) as n from login_attempts where " + condition + " group by outcome")
                .query((rs, row) -> counts.put(rs.getString("outcome"), rs.getLong("n"))).list();
        return counts;
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
