package nl.motiemonitor.staff;

import nl.motiemonitor.account.CurrentUser;
import nl.motiemonitor.account.StaffUser;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the logged-in user may read or change a body's items: unknown bodies answer
 * 404, other bodies 403. Items are then always looked up within the body, so an id of another body answers 404.
 */
@Component
class StaffAccess {

    private final Bodies bodies;

    StaffAccess(Bodies bodies) {
        this.bodies = bodies;
    }

    /** For pages that show drafts: administrators, clerks and members of the body. */
    BodyView readable(String slug) {
        BodyView body = find(slug);
        if (!user().canReadDrafts(body.id())) {
            throw new AccessDeniedException("Geen toegang tot " + body.name());
        }
        return body;
    }

    /** For forms and actions: administrators and clerks of the body. */
    BodyView editable(String slug) {
        BodyView body = find(slug);
        if (!user().canEdit(body.id())) {
            throw new AccessDeniedException("Geen schrijfrechten voor " + body.name());
        }
        return body;
    }

    StaffUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Niet ingelogd"));
    }

    private BodyView find(String slug) {
        return bodies.findBySlug(slug).orElseThrow(() -> new NotFoundException("bestuursorgaan " + slug));
    }
}
