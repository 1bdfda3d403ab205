package nl.motiemonitor.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * The filters of the API's lists, with the portal's own values: {@code ?orgaan=den-haag} (a body's slug; a former slug
 * answers 301 to the current one, as on the portal) and {@code ?status=afdoening-voorgesteld} (a status's slug, or
 * {@code deels-afgedaan} for motions).
 */
@Component
class ListFilters {

    static final String BODY = "orgaan";
    static final String STATUS = "status";
    static final String PARTLY_DISCHARGED = "deels-afgedaan";

    private final Bodies bodies;

    ListFilters(Bodies bodies) {
        this.bodies = bodies;
    }

    /** The body a list is limited to; null for every body. */
    BodyView body(String slug) {
        if (slug == null || slug.isEmpty()) {
            return null;
        }
        return bodies.findBySlug(slug).orElseThrow(() -> unknownBody(slug));
    }

    static NotFoundException unknownBody(String slug) {
        return new NotFoundException("Er is geen bestuursorgaan '" + slug + "'. De bestuursorganen staan op "
                + PublicPaths.apiBody(null) + ".");
    }

    /** The status asked for; null for any. {@code deels-afgedaan} is {@link #partly} and no status. */
    static ItemStatus status(String slug, boolean motions) {
        if (slug == null || slug.isEmpty() || motions && PARTLY_DISCHARGED.equals(slug)) {
            return null;
        }
        return ItemStatus.fromSlug(slug).orElseThrow(() -> new BadApiRequest("De status '" + slug
                + "' bestaat niet. Kies uit: " + Stream.concat(Arrays.stream(ItemStatus.values()).map(ItemStatus::slug),
                        motions ? Stream.of(PARTLY_DISCHARGED) : Stream.empty()).collect(Collectors.joining(", "))
                + "."));
    }

    static boolean partly(String slug) {
        return PARTLY_DISCHARGED.equals(slug);
    }
}
