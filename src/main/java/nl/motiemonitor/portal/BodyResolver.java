package nl.motiemonitor.portal;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds the body a URL names, or answers 404. */
@Component
class BodyResolver {

    private final Bodies bodies;

    BodyResolver(Bodies bodies) {
        this.bodies = bodies;
    }

    BodyView require(String slug) {
        return bodies.findBySlug(slug).orElseThrow(() -> new NotFoundException("bestuursorgaan " + slug));
    }
}
