package nl.motiemonitor.search;

import java.util.Locale;
import java.util.Optional;

import nl.motiemonitor.body.BodyKind;

/** The kind of body as search URLs name it: {@code ?soort-orgaan=gemeente|provincie|waterschap|parlement}. */
public final class BodyKinds {

    private BodyKinds() {
    }

    public static String slug(BodyKind kind) {
        return kind.label().toLowerCase(Locale.ROOT);
    }

    public static Optional<BodyKind> fromSlug(String slug) {
        for (BodyKind kind : BodyKind.values()) {
            if (slug(kind).equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
