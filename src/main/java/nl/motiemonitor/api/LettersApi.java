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
import org.springframework.web.bind.annotation.RestController;

/** The published letters of every body, in pages, and one letter with what it answers. */
@RestController
@Tag(name = "Brieven", description = "Brieven van colleges en bewindspersonen die moties en toezeggingen "
        + "beantwoorden.")
class LettersApi {

    private final LetterResources letters;
    private final ListFilters filters;
    private final ApiResponses responses;

    LettersApi(LetterResources letters, ListFilters filters, ApiResponses responses) {
        this.letters = letters;
        this.filters = filters;
        this.responses = responses;
    }

    @GetMapping(value = "/api/v1/brieven", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Brieven", description = "De openbare brieven van alle bestuursorganen, of van één."
            + ApiDocs.LIST)
    ResponseEntity<ApiPage<LetterItemJson>> letters(
            @ParameterObject PageQuery query, HttpServletRequest request) {
        return responses.page(letters.list(filters.body(query.orgaan()), query.keyset()), request);
    }

    @GetMapping(value = "/api/v1/brieven/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Eén brief", description = "Een openbare brief met haar tekst, ondertekenaars, het originele "
            + "document en elke openbare motie en toezegging die zij beantwoordt, met wat zij ervan zegt.")
    ResponseEntity<LetterJson> letter(@Parameter(description = ApiDocs.ID) @PathVariable("id") String id) {
        return ApiResponses.ok(letters.letter(Ids.parse(id, "brief")));
    }
}
