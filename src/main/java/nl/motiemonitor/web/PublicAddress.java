package nl.motiemonitor.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code motiemonitor.follow.base-url}, e.g. {@code https://motiemonitor.nl}), from
 * which every absolute link the portal hands out is built: in API answers, the change feed, downloaded tables and
 * hreflang links. Never from the request's Host header, which a client chooses.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${motiemonitor.follow.base-url:}") String base) {
        this.base = base == null || base.isBlank() ? "http://localhost:8080" : base.strip().replaceAll("/+$", "");
    }

    /** The public address followed by {@code path} (which starts with a slash). */
    public String absolute(String path) {
        return base + path;
    }
}
