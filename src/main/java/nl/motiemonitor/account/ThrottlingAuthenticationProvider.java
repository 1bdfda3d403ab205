package nl.motiemonitor.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password against the users table, behind {@link LoginThrottle}: a throttled attempt is refused before
 * the password is looked at, and an admitted one is counted as a failure until its password proved right. Every outcome is logged with the name as submitted, the client address and the time,
 * never the password.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);
    private static final int MAX_NAME = 100;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = loggable(UserAccount.normalise(authentication.getName()));
        String address = address(authentication.getDetails());
        LoginThrottle.Admission admission = throttle.admit(username, address);
        if (!admission.admitted()) {
            LoginThrottledException refused = new LoginThrottledException(admission.delay());
            log.warn("Login refused (throttled for {} more minute(s)): user '{}' from {} at {}", refused.minutes(),
                    username, address, java.time.Instant.now());
            throw refused;
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(admission.attemptId());
            log.info("Login succeeded: user '{}' from {} at {}", username, address, java.time.Instant.now());
            return result;
        } catch (AuthenticationException e) {
            log.warn("Login failed ({}): user '{}' from {} at {}", e.getClass().getSimpleName(), username, address,
                    java.time.Instant.now());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The submitted name, safe for a log line and the table: printable characters only, limited length. */
    static String loggable(String name) {
        String printable = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
        return printable.length() > MAX_NAME ? printable.substring(0, MAX_NAME) : printable;
    }

    private static String address(Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return "unknown";
    }
}
