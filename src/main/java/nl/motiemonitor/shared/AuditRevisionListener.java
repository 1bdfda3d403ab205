package nl.motiemonitor.shared;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the logged-in user's name, or with the name a background job gave through
 * {@link AuditContext}.
 */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "systeem";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.changedBy(AuditContext.actor().orElseGet(AuditRevisionListener::loggedInUser));
        AuditContext.note().ifPresent(revision::note);
    }

    private static String loggedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
