package nl.motiemonitor.account;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;


/** Creates users with unique names through the accounts service, so tests never share a user. */
final class TestUsers {

    private static final AtomicInteger counter = new AtomicInteger();

    private TestUsers() {
    }

    record Created(Long id, String username, String password) {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + counter.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    static Created create(Accounts accounts, String prefix, boolean admin, Map<Long, BodyRole> roles) {
        String username = uniqueName(prefix);
        String password = "wachtwoord-" + username + "-geheim";
        Accounts.UserSummary user = accounts.create(new Accounts.NewUser(username, "Test " + username, password,
                admin, roles));
        return new Created(user.id(), user.username(), password);
    }

    static Created admin(Accounts accounts) {
        return create(accounts, "beheerder", true, Map.of());
    }

}
