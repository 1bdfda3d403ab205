package nl.motiemonitor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published motions of every body, in pages, and one motion with everything its page shows. */
@RestController
@Tag(name = "Moties", description = "Aangenomen, verworpen, ingetrokken en aangehouden moties, met hun afdoening.")
class MotionsApi {

    private final MotionResources motions;
    private final ListFilters filters;
    private final ApiResponses responses;

    MotionsApi(MotionResources motions, ListFilters filters, ApiResponses responses) {
        this.motions = motions;
        this.filters = filters;
        this.responses = responses;
    }

    @GetMapping(value = "/api/v1/moties", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Moties", description = "De openbare moties van alle bestuursorganen, of van één."
            + ApiDocs.LIST)
    ResponseEntity<ApiPage<MotionItemJson>> motions(
            @ParameterObject PageQuery query,
            @Parameter(description = ApiDocs.STATUS + " Ook deels-afgedaan: moties waarvan sommige verzoeken zijn "
                    + "afgedaan, niet alle.") @RequestParam(name = ListFilters.STATUS, required = false) String status,
            HttpServletRequest request) {
        return responses.page(motions.list(filters.body(query.orgaan()), ListFilters.status(status, true),
                ListFilters.partly(status), query.keyset()), request);
    }

    @GetMapping(value = "/api/v1/moties/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén motie", description = "Een openbare motie met haar overwegingen en verzoeken, "
            + "indieners, stemming (ook per fractie), status, termijn, statusgeschiedenis, verzoeken (als zij per "
            + "verzoek wordt gevolgd), de brieven die erop antwoorden en de motie die zij vervangt of die haar "
            + "vervangt.")
    ResponseEntity<MotionJson> motion(@Parameter(description = ApiDocs.ID) @PathVariable("id") String id) {
        return ApiResponses.ok(motions.motion(Ids.parse(id, "motie")));
    }
}
