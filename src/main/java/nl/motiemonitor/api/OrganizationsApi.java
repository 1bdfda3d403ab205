package nl.motiemonitor.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.web.PublicPaths;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The bodies, one body, and the figures of the dashboards. */
@RestController
@Tag(name = "Bestuursorganen en cijfers", description = "Gemeenten, provincies, waterschappen en parlementen, en de "
        + "cijfers van hun overzichten.")
class OrganizationsApi {

    /** The path variable that names a body: the portal redirects a former slug in it (RenamedBodyRedirect). */
    private static final String BODY = "body";
    private static final String BODY_DESCRIPTION = "De slug van het bestuursorgaan, zoals den-haag. Een oude slug "
            + "van een hernoemd bestuursorgaan krijgt 301 naar de nieuwe.";

    private final Bodies bodies;
    private final FigureResources figures;
    private final ApiLinks links;

    OrganizationsApi(Bodies bodies, FigureResources figures, ApiLinks links) {
        this.bodies = bodies;
        this.figures = figures;
        this.links = links;
    }

    @GetMapping(value = "/api/v1/organen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bestuursorganen", description = "Alle bestuursorganen, op naam, in één pagina.")
    ResponseEntity<ApiPage<OrganizationJson>> organizations() {
        return ApiResponses.ok(new ApiPage<>(bodies.all().stream().map(this::organization).toList(), null));
    }

    @GetMapping(value = "/api/v1/organen/{body}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén bestuursorgaan", description = "Een bestuursorgaan, met de links naar zijn moties, "
            + "toezeggingen, brieven en cijfers.")
    ResponseEntity<OrganizationJson> organization(
            @Parameter(description = BODY_DESCRIPTION) @PathVariable(BODY) String slug) {
        return ApiResponses.ok(organization(body(slug)));
    }

    @GetMapping(value = "/api/v1/organen/{body}/cijfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cijfers van een bestuursorgaan", description = "De cijfers van het overzicht van het "
            + "bestuursorgaan, zoals op zijn pagina /{slug}/overzicht: aantallen per status, wat te laat is, wat op "
            + "de raad wacht, tijdigheid, per kwartaal, per portefeuillehouder, afdeling en fractie.")
    ResponseEntity<FiguresJson> bodyFigures(
            @Parameter(description = BODY_DESCRIPTION) @PathVariable(BODY) String slug) {
        return ApiResponses.ok(figures.of(body(slug)));
    }

    @GetMapping(value = "/api/v1/cijfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Landelijke cijfers", description = "De cijfers van het landelijke overzicht (/overzicht), "
            + "met de vergelijking van alle bestuursorganen. Ze worden elke paar minuten opnieuw berekend.")
    ResponseEntity<FiguresJson> nationalFigures() {
        return ApiResponses.ok(figures.national());
    }

    private BodyView body(String slug) {
        return bodies.findBySlug(slug).orElseThrow(() -> ListFilters.unknownBody(slug));
    }

    private OrganizationJson organization(BodyView body) {
        String filter = "?" + ListFilters.BODY + "=" + body.slug();
        return new OrganizationJson(body.id(), links.absolute(PublicPaths.apiBody(body.slug())),
                links.absolute(PublicPaths.body(body.slug())), body.name(), body.slug(), ItemParts.code(body.kind()),
                body.cbsCode() == null ? List.of() : List.of(new OrganizationJson.Identifier("cbs", body.cbsCode())),
                new OrganizationJson.Links(links.absolute(PublicPaths.apiItems(Kind.MOTION) + filter),
                        links.absolute(PublicPaths.apiItems(Kind.COMMITMENT) + filter),
                        links.absolute(PublicPaths.apiItems(Kind.LETTER) + filter),
                        links.absolute(PublicPaths.apiFigures(body.slug()))));
    }
}
