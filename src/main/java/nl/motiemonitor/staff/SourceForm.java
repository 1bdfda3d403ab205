package nl.motiemonitor.staff;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.harvest.HarvestSource;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSetup;
import org.springframework.validation.Errors;

/**
 * A body's source as its clerks set it up: the kind, the address it is read from (an http(s) URL), the source's own
 * parameters one per line as {@code naam=waarde} (Notubiz: {@code organisation}, {@code module}; iBabs: {@code site},
 * {@code list}), whether new items are published at once, and whether the schedule harvests it.
 */
class SourceForm {

    @NotNull(message = "{staff.source.kind.required}")
    private SourceKind kind = SourceKind.TWEEDE_KAMER;

    @NotBlank(message = "{staff.source.baseUrl.required}")
    @Size(max = 500, message = "{staff.source.baseUrl.long}")
    private String baseUrl = SourceKind.TWEEDE_KAMER.defaultBaseUrl();

    @Size(max = 2000, message = "{staff.source.parameters.long}")
    private String parameters;

    private boolean publish;

    private boolean scheduled = true;

    static SourceForm of(HarvestSource source) {
        SourceForm form = new SourceForm();
        form.kind = source.kind();
        form.baseUrl = source.baseUrl().toString();
        form.parameters = source.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n"));
        form.publish = source.setup().publish();
        form.scheduled = source.setup().scheduled();
        return form;
    }

    /** The setup typed, or {@code null} after rejecting what does not fit. */
    SourceSetup toSetup(Errors errors) {
        URI url = url(errors);
        Map<String, String> named = parameters(errors);
        return errors.hasErrors() ? null : new SourceSetup(kind, url, named, publish, scheduled);
    }

    private URI url(Errors errors) {
        if (baseUrl == null || baseUrl.isBlank() || errors.hasFieldErrors("baseUrl")) {
            return null;
        }
        try {
            URI url = new URI(baseUrl.strip());
            if (url.getHost() != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // rejected below
        }
        errors.rejectValue("baseUrl", "staff.source.baseUrl.invalid");
        return null;
    }

    private Map<String, String> parameters(Errors errors) {
        Map<String, String> named = new LinkedHashMap<>();
        if (parameters == null) {
            return named;
        }
        String[] lines = parameters.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,39}") || named.containsKey(name)) {
                errors.rejectValue("parameters", "staff.source.parameters.line", new Object[] {i + 1}, null);
                return named;
            }
            named.put(name, line.substring(equals + 1).strip());
        }
        return named;
    }

    public SourceKind getKind() {
        return kind;
    }

    public void setKind(SourceKind kind) {
        this.kind = kind;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public void setScheduled(boolean scheduled) {
        this.scheduled = scheduled;
    }
}
