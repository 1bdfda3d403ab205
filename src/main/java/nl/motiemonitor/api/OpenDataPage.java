package nl.motiemonitor.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.web.PublicPaths;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that documents the open data and the API for people ({@code /open-data}): what there is, example requests
 * and answers (the files in {@code open-data/}, which ApiContractTest checks against the API's description), paging,
 * ETag, the rate limit, the change feed and the licence. No script: it runs under the portal's strict CSP like every
 * page.
 */
@Controller
class OpenDataPage {

    /** An address of the API and the message key that says what it holds. */
    record Endpoint(String path, String what) {
    }

    static final List<String> EXAMPLES = List.of("motions", "motion", "problem");

    private final Map<String, String> examples;
    private final int burst;
    private final int perMinute;
    private final ApiLinks links;

    OpenDataPage(ApiLinks links, @Value("${motiemonitor.rate-limit.burst:30}") int burst,
            @Value("${motiemonitor.rate-limit.requests-per-minute:60}") int perMinute) {
        this.links = links;
        this.burst = burst;
        this.perMinute = perMinute;
        this.examples = EXAMPLES.stream().collect(java.util.stream.Collectors.toMap(name -> name,
                OpenDataPage::example));
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("endpoints", List.of(
                new Endpoint(PublicPaths.apiBody(null), "openData.endpoint.bodies"),
                new Endpoint(PublicPaths.apiBody("{slug}"), "openData.endpoint.body"),
                new Endpoint(PublicPaths.apiItems(Kind.MOTION), "openData.endpoint.motions"),
                new Endpoint(PublicPaths.apiItems(Kind.MOTION) + "/{id}", "openData.endpoint.motion"),
                new Endpoint(PublicPaths.apiItems(Kind.COMMITMENT), "openData.endpoint.commitments"),
                new Endpoint(PublicPaths.apiItems(Kind.COMMITMENT) + "/{id}", "openData.endpoint.commitment"),
                new Endpoint(PublicPaths.apiItems(Kind.LETTER), "openData.endpoint.letters"),
                new Endpoint(PublicPaths.apiItems(Kind.LETTER) + "/{id}", "openData.endpoint.letter"),
                new Endpoint(PublicPaths.apiFigures("{slug}"), "openData.endpoint.bodyFigures"),
                new Endpoint(PublicPaths.apiFigures(null), "openData.endpoint.figures"),
                new Endpoint(PublicPaths.API + "/wijzigingen", "openData.endpoint.changes"),
                new Endpoint(PublicPaths.API + "/openapi.json", "openData.endpoint.description")));
        model.addAttribute("base", links.absolute(""));
        model.addAttribute("description", links.absolute(PublicPaths.API + "/openapi.json"));
        model.addAttribute("examples", examples);
        model.addAttribute("burst", burst);
        model.addAttribute("perMinute", perMinute);
        return "open-data";
    }

    /** An example answer as the page shows it, from {@code open-data/<name>.json}. */
    static String example(String name) {
        try {
            return new ClassPathResource("open-data/" + name + ".json").getContentAsString(StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
