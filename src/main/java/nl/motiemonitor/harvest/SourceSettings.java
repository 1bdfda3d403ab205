package nl.motiemonitor.harvest;

import java.net.URI;
import java.util.Map;

/**
 * Where and what one body's source is read from: the base URL (configurable, so a local mirror or a test server
 * works) and the source's own parameters, e.g. Notubiz's {@code organisation} and {@code module}, iBabs's
 * {@code site} and {@code list}.
 */
public record SourceSettings(SourceKind kind, URI baseUrl, Map<String, String> parameters) {

    public SourceSettings {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
