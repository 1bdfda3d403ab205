package nl.motiemonitor.harvest;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * How a clerk sets up a body's source: its kind, where it is read (an http(s) URL, so a local mirror works too), the
 * source's own parameters, whether new items are published at once (else they wait as drafts), and whether the
 * schedule harvests it.
 */
public record SourceSetup(SourceKind kind, URI baseUrl, Map<String, String> parameters, boolean publish,
        boolean scheduled) {

    public SourceSetup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("Geen http(s)-adres: " + baseUrl);
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
