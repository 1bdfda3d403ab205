package nl.motiemonitor.api;

import nl.motiemonitor.web.PublicAddress;
import nl.motiemonitor.web.PublicPaths;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses in the API's answers: an object's {@code url} (its place in the API) and {@code page} (its
 * public page), both from the portal's public address ({@code motiemonitor.follow.base-url}), never from the
 * request's Host header, and every path from {@link PublicPaths}.
 */
@Component
class ApiLinks {

    private final PublicAddress address;

    ApiLinks(PublicAddress address) {
        this.address = address;
    }

    String absolute(String path) {
        return address.absolute(path);
    }

    String api(Kind kind, long id) {
        return absolute(PublicPaths.apiItem(kind, id));
    }

    String page(Kind kind, String slug, String key) {
        return absolute(PublicPaths.item(kind, slug, key));
    }
}
