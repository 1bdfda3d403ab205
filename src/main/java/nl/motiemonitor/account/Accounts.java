package nl.motiemonitor.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates users, changes their roles and passwords, resets a password to a temporary one, and disables users. Each
 * change an administrator makes to another user ends that user's sessions at once; a user who changes their own
 * password ends their other sessions. Every password set here passes {@link PasswordPolicy}.
 */
@Service
@Transactional
class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final SessionTerminator sessions;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Clock clock = Clock.systemUTC();

    Accounts(UserAccountRepository users, PasswordEncoder passwords, SessionTerminator sessions,
            PasswordPolicy policy, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.policy = policy;
        this.throttle = throttle;
    }

    /** A new user; with {@code mustChangePassword} they must choose their own password at their first login. */
    record NewUser(String username, String displayName, String password, boolean admin, Map<Long, BodyRole> roles,
            boolean mustChangePassword) {

        NewUser(String username, String displayName, String password, boolean admin, Map<Long, BodyRole> roles) {
            this(username, displayName, password, admin, roles, false);
        }
    }

    record UserSummary(Long id, String username, String displayName, boolean enabled, boolean admin,
            Map<Long, BodyRole> roles, Instant createdAt, Instant passwordChangedAt, boolean mustChangePassword) {

        static UserSummary of(UserAccount account) {
            return new UserSummary(account.id(), account.username(), account.displayName(), account.enabled(),
                    account.admin(), account.roles(), account.createdAt(), account.passwordChangedAt(),
                    account.mustChangePassword());
        }
    }

    static class DuplicateUsernameException extends RuntimeException {
        DuplicateUsernameException(String username) {
            super("Username exists: " + username);
        }
    }

    /** A change an administrator may not make; the reason is the message {@link #code()} (messages.properties). */
    static class ChangeRefusedException extends RuntimeException {
        private final String code;

        ChangeRefusedException(String code) {
            super(code);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** @throws PasswordPolicy.WeakPasswordException when the password is too easy to guess */
    UserSummary create(NewUser user) {
        String username = UserAccount.normalise(user.username());
        if (users.existsByUsername(username)) {
            throw new DuplicateUsernameException(username);
        }
        policy.requireStrong(user.password(), username, user.displayName());
        UserAccount account = new UserAccount(username, user.displayName(), passwords.encode(user.password()),
                user.admin(), clock.instant());
        account.assignRoles(user.roles(), user.admin());
        if (user.mustChangePassword()) {
            account.requirePasswordChange();
        }
        try {
            account = users.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateUsernameException(username);
        }
        log.info("User '{}' created (administrator: {}, roles: {})", username, user.admin(), user.roles());
        return UserSummary.of(account);
    }

    @Transactional(readOnly = true)
    List<UserSummary> all() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    Optional<UserSummary> find(Long id) {
        return users.findById(id).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(UserAccount.normalise(username)).map(UserSummary::of);
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return users.count() == 0;
    }

    /** New roles take effect at the user's next login: their current sessions end now. */
    void changeRoles(Long id, boolean admin, Map<Long, BodyRole> roles, String actingUsername) {
        UserAccount account = users.findById(id).orElseThrow();
        if (account.username().equals(actingUsername) && account.admin() && !admin) {
            throw new ChangeRefusedException("account.refused.ownAdminRole");
        }
        if (account.admin() == admin && account.roles().equals(roles)) {
            return;
        }
        account.assignRoles(roles, admin);
        users.flush();
        log.info("Roles of user '{}' changed by '{}' (administrator: {}, roles: {})", account.username(),
                actingUsername, admin, roles);
        if (!account.username().equals(actingUsername)) {
            sessions.endSessionsOf(account.username());
        }
    }

    void disable(Long id, String actingUsername) {
        UserAccount account = users.findById(id).orElseThrow();
        if (account.username().equals(actingUsername)) {
            throw new ChangeRefusedException("account.refused.ownAccount");
        }
        account.disable();
        users.flush();
        log.info("User '{}' disabled by '{}'", account.username(), actingUsername);
        sessions.endSessionsOf(account.username());
    }

    void enable(Long id, String actingUsername) {
        UserAccount account = users.findById(id).orElseThrow();
        account.enable();
        log.info("User '{}' enabled by '{}'", account.username(), actingUsername);
    }

    /**
     * An administrator sets a temporary password for another user: the user's sessions end, and at their next login
     * they must choose their own before anything else in the staff area.
     */
    void resetPassword(Long id, String temporaryPassword, String actingUsername) {
        UserAccount account = users.findById(id).orElseThrow();
        if (account.username().equals(actingUsername)) {
            throw new ChangeRefusedException("account.refused.ownPassword");
        }
        policy.requireStrong(temporaryPassword, account.username(), account.displayName());
        account.resetPassword(passwords.encode(temporaryPassword), clock.instant());
        users.flush();
        log.info("Password of user '{}' reset by '{}'; they must change it at their next login", account.username(),
                actingUsername);
        sessions.endSessionsOf(account.username());
    }

    /** Whether the user must change a password an administrator set before doing anything else. */
    @Transactional(readOnly = true)
    boolean mustChangePassword(String username) {
        return users.existsByUsernameAndMustChangePasswordTrue(UserAccount.normalise(username));
    }

    /**
     * A user changes their own password, from {@code address} in the session {@code keptSession}: their other
     * sessions end, this one goes on. The current password is checked like a login, behind the same throttle, so a
     * borrowed session cannot be used to guess it. False when the current password is wrong; nothing changes then.
     *
     * @throws PasswordPolicy.WeakPasswordException when the new password is too easy to guess
     * @throws LoginThrottledException after too many wrong passwords for this account or from this address
     */
    boolean changePassword(String username, String currentPassword, String newPassword, String address,
            String keptSession) {
        UserAccount account = users.findByUsername(UserAccount.normalise(username)).orElseThrow();
        policy.requireStrong(newPassword, account.username(), account.displayName());
        LoginThrottle.Admission admission = throttle.admit(account.username(), address);
        if (!admission.admitted()) {
            log.warn("Password change refused for user '{}' from {}: throttled", account.username(), address);
            throw new LoginThrottledException(admission.delay());
        }
        if (!passwords.matches(currentPassword, account.passwordHash())) {
            log.warn("Password change refused for user '{}' from {}: current password wrong", account.username(),
                    address);
            return false;
        }
        throttle.succeeded(admission.attemptId());
        account.changePassword(passwords.encode(newPassword), clock.instant());
        users.flush();
        log.info("User '{}' changed their password", account.username());
        sessions.endOtherSessionsOf(account.username(), keptSession);
        return true;
    }
}
