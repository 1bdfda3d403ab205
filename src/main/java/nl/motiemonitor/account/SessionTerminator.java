package nl.motiemonitor.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user at once: their next request, on whichever instance, finds the session expired and is
 * sent to the login page (Spring Security's {@code ConcurrentSessionFilter}). The sessions are found by the user's
 * name in the database (Spring Session's principal-name index, see ADR 5); without a web server there are none.
 */
@Component
class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

    private final ObjectProvider<SessionRegistry> registry;

    SessionTerminator(ObjectProvider<SessionRegistry> registry) {
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
        SessionRegistry sessions = registry.getIfAvailable();
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        // the registry names a session's user as Spring Security does (Authentication.getName()): the username
        for (SessionInformation session : sessions.getAllSessions(username, false)) {
            if (!session.getSessionId().equals(keptSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user '{}'", ended, username);
        }
        return ended;
    }
}
