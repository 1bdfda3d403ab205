package nl.motiemonitor.account;

import java.security.SecureRandom;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, when no user exists at all, creates the first administrator. There is no default password: it comes from
 * {@code motiemonitor.admin.password} (refused when it is easy to guess, see {@link PasswordPolicy}), or it is
 * generated and written to the log once, as a warning; a generated one must be changed at the first login, as it
 * stood in the log. When two instances start on an empty database at once, one creates the administrator and the
 * other finds it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final Accounts accounts;
    private final AdminProperties properties;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(Accounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdministratorIfNoUsers();
    }

    /** True when it created one. */
    synchronized boolean createFirstAdministratorIfNoUsers() {
        if (!accounts.isEmpty()) {
            return false;
        }
        boolean generated = properties.password() == null;
        if (!generated && (properties.password().length() < 12 || properties.password().length() > 128)) {
            throw new IllegalStateException("motiemonitor.admin.password (MOTIEMONITOR_ADMIN_PASSWORD) must be 12 to "
                    + "128 characters long; unset it to have a password generated");
        }
        String password = generated ? generate() : properties.password();
        try {
            accounts.create(new Accounts.NewUser(properties.username(), "Beheerder", password, true, Map.of(),
                    generated));
        } catch (PasswordPolicy.WeakPasswordException e) {
            throw new IllegalStateException("motiemonitor.admin.password (MOTIEMONITOR_ADMIN_PASSWORD) is too easy to"
                    + " guess (a common or breached password, or close to one); choose another, or unset it to have"
                    + " one generated");
        } catch (Accounts.DuplicateUsernameException e) {
            log.info("Administrator '{}' was created meanwhile, by another instance", properties.username());
            return false;
        }
        if (generated) {
            log.warn("""

                    ********************************************************************************
                    No users existed, so administrator '{}' was created with this generated password:

                        {}

                    It is shown only this once. Log in at /login and choose your own password: until
                    then every page of /beheer leads to /beheer/wachtwoord.
                    To choose the password yourself, set MOTIEMONITOR_ADMIN_PASSWORD before the first start.
                    ********************************************************************************""",
                    properties.username(), password);
        } else {
            log.info("No users existed, so administrator '{}' was created with the password from "
                    + "motiemonitor.admin.password", properties.username());
        }
        return true;
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
