package nl.motiemonitor.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user at once: their next request finds the session expired and is sent to the login page
 * (Spring Security's {@code ConcurrentSessionFilter}). The registry lives in this JVM's memory; see ADR 5.
 */
@Component
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    int endSessionsOf(String username) {
        return endSessionsOf(username, null);
    }

    /** Every session of the user but {@code keptSessionId} (their own, when they changed their password). */
    int endOtherSessionsOf(String username, String keptSessionId) {
        return endSessionsOf(username, keptSessionId);
    }

    private int endSessionsOf(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.username().equals(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user '{}'", ended, username);
        }
        return ended;
    }
}
