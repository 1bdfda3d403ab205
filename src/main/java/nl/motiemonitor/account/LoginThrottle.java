package nl.motiemonitor.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per account and per client address in PostgreSQL (see ADR 5). After
 * {@value #FREE_FAILURES} failures within {@link #WINDOW}, each further attempt waits: 1 minute after the fifth
 * failure, then 2, 4, 8, at most 15 minutes after the latest failure. Failures older than the window no longer count,
 * so a block never lasts longer than 15 minutes. A successful login resets the account's count (not the address's).
 * An address where the user logged in successfully in the last 30 days is not held back by failures of the account
 * elsewhere, so an attacker cannot keep a user out of their usual place of work; the address's own count still
 * applies there.
 *
 * <p>Deciding and recording are one step per account and per address ({@link #admit}): under PostgreSQL advisory
 * locks on both, an attempt is checked and, if it may go ahead, recorded as a failure before its password is looked
 * at; a correct password turns it into a success afterwards ({@link #succeeded}). So parallel guesses cannot all
 * pass the check before any is counted: of twenty at once, five get their password checked and fifteen are refused.
 * The locks are held for the check and the insert only, never during the slow password hash, and no connection
 * waits for one while the hash is computed.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration KNOWN_ADDRESS = Duration.ofDays(30);
    static final Duration KEEP = Duration.ofDays(90);

    /** The first key of the advisory locks (pg_advisory_xact_lock(int, int)): which kind of key the second is. */
    private static final int ACCOUNT_LOCK = 0x4c4f4731; // "LOG1"
    private static final int ADDRESS_LOCK = 0x4c4f4732; // "LOG2"

    enum Outcome { SUCCESS, FAILURE, REFUSED }

    /**
     * What {@link #admit} decided: either the attempt's row ({@code attemptId}), recorded as a failure, and the
     * password may be checked; or how long to wait ({@code delay}), the attempt recorded as refused.
     */
    record Admission(Long attemptId, Duration delay) {

        boolean admitted() {
            return attemptId != null;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // the decision stands whatever the caller's transaction does (a password change that fails later)
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    /**
     * Decides whether this attempt may check its password and records it, in one transaction that holds the advisory
     * locks of the account and of the address (always in that order, so two attempts never wait for each other in a
     * circle). Attempts for another account from another address do not wait.
     */
    Admission admit(String username, String address) {
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:kind, hashtext(:key))")
                    .param("kind", ACCOUNT_LOCK).param("key", username).query().singleRow();
            jdbc.sql("select pg_advisory_xact_lock(:kind, hashtext(:key))")
                    .param("kind", ADDRESS_LOCK).param("key", address).query().singleRow();
            Optional<Duration> wait = waitBeforeAttempt(username, address);
            long id = record(username, address, wait.isPresent() ? Outcome.REFUSED : Outcome.FAILURE);
            return wait.map(duration -> new Admission(null, duration)).orElseGet(() -> new Admission(id, null));
        });
    }

    /** The password of an admitted attempt was right: it counts as a success, not a failure. */
    void succeeded(long attemptId) {
        jdbc.sql("update login_attempts set outcome = 'SUCCESS' where id = :id").param("id", attemptId).update();
        jdbc.sql("delete from login_attempts where attempted_at < :before")
                .param("before", at(clock.instant().minus(KEEP))).update();
    }

    /** How long this attempt has to wait, or empty when it may go ahead. */
    private Optional<Duration> waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        OffsetDateTime windowStart = at(now.minus(WINDOW));
        List<Instant> addressFailures = jdbc.sql("""
                select attempted_at from login_attempts
                where address = :address and outcome = 'FAILURE' and attempted_at > :since
                order by attempted_at""")
                .param("address", address).param("since", windowStart)
                .query(OffsetDateTime.class).list().stream().map(OffsetDateTime::toInstant).toList();
        List<Instant> accountFailures = knownAddress(username, address, now) ? List.of() : jdbc.sql("""
                select attempted_at from login_attempts
                where username = :username and outcome = 'FAILURE' and attempted_at > :since
                  and attempted_at > coalesce((select max(attempted_at) from login_attempts
                                               where username = :username and outcome = 'SUCCESS'), '-infinity')
                order by attempted_at""")
                .param("username", username).param("since", windowStart)
                .query(OffsetDateTime.class).list().stream().map(OffsetDateTime::toInstant).toList();
        Optional<Instant> until = later(blockedUntil(addressFailures, now), blockedUntil(accountFailures, now));
        return until.map(moment -> Duration.between(now, moment));
    }

    private long record(String username, String address, Outcome outcome) {
        return jdbc.sql("insert into login_attempts (username, address, outcome, attempted_at) "
                        + "values (:username, :address, :outcome, :at) returning id")
                .param("username", username).param("address", address).param("outcome", outcome.name())
                .param("at", at(clock.instant())).query(Long.class).single();
    }

    /**
     * When a key (account or address) with these failures (oldest first, all within the window) may try again, if
     * that is still in the future.
     */
    static Optional<Instant> blockedUntil(List<Instant> failures, Instant now) {
        if (failures.size() < FREE_FAILURES) {
            return Optional.empty();
        }
        int beyond = failures.size() - FREE_FAILURES;
        Duration delay = beyond >= 4 ? MAX_DELAY : Duration.ofMinutes(1L << beyond);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        Instant until = failures.get(failures.size() - 1).plus(delay);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private boolean knownAddress(String username, String address, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from login_attempts where username = :username and address = :address
                               and outcome = 'SUCCESS' and attempted_at > :since)""")
                .param("username", username).param("address", address).param("since", at(now.minus(KNOWN_ADDRESS)))
                .query(Boolean.class).single();
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
