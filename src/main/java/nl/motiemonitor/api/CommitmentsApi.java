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

/** The published commitments of every body, in pages, and one commitment with its history and letters. */
@RestController
@Tag(name = "Toezeggingen", description = "Toezeggingen van colleges en bewindspersonen, met hun afdoening.")
class CommitmentsApi {

    private final CommitmentResources commitments;
    private final ListFilters filters;
    private final ApiResponses responses;

    CommitmentsApi(CommitmentResources commitments, ListFilters filters, ApiResponses responses) {
        this.commitments = commitments;
        this.filters = filters;
        this.responses = responses;
    }

    @GetMapping(value = "/api/v1/toezeggingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Toezeggingen", description = "De openbare toezeggingen van alle bestuursorganen, of van "
            + "één." + ApiDocs.LIST)
    ResponseEntity<ApiPage<CommitmentItemJson>> commitments(
            @ParameterObject PageQuery query,
            @Parameter(description = ApiDocs.STATUS) @RequestParam(name = ListFilters.STATUS, required = false)
            String status,
            HttpServletRequest request) {
        return responses.page(commitments.list(filters.body(query.orgaan()), ListFilters.status(status, false), query.keyset()),
                request);
    }

    @GetMapping(value = "/api/v1/toezeggingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén toezegging", description = "Een openbare toezegging met status, termijn, "
            + "statusgeschiedenis, de brieven die erop antwoorden en de toezeggingen waarvan zij is afgesplitst of "
            + "die van haar zijn afgesplitst.")
    ResponseEntity<CommitmentJson> commitment(@Parameter(description = ApiDocs.ID) @PathVariable("id") String id) {
        return ApiResponses.ok(commitments.commitment(Ids.parse(id, "toezegging")));
    }
}
