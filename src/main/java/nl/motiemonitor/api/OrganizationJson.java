package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A body as Popolo's Organization. */
@Schema(name = "Organization", description = "Een bestuursorgaan (Popolo Organization): gemeente, provincie, "
        + "waterschap of parlement.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganizationJson(
        @Schema(description = "Vast id van het bestuursorgaan.", requiredMode = REQUIRED) long id,
        @Schema(description = "Dit bestuursorgaan in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina van het bestuursorgaan.", format = "uri", requiredMode = REQUIRED)
        String page,
        @Schema(description = "Naam, zoals 'Gemeente Den Haag'.", requiredMode = REQUIRED) String name,
        @Schema(description = "Korte naam in URL's, zoals 'den-haag'; filter lijsten ermee met ?orgaan=.",
                requiredMode = REQUIRED) String slug,
        @Schema(description = "Soort bestuursorgaan.", allowableValues = {"municipality", "province", "water_board",
                "parliament"}, requiredMode = REQUIRED) String classification,
        @Schema(description = "Andere codes van het bestuursorgaan, zoals de CBS-code (GM0518).",
                requiredMode = REQUIRED) List<Identifier> identifiers,
        @Schema(description = "Waar de moties, toezeggingen, brieven en cijfers van dit bestuursorgaan staan.",
                requiredMode = REQUIRED) Links links) {

    @Schema(name = "Identifier", description = "Een code van een ander register (Popolo Identifier).")
    record Identifier(
            @Schema(description = "Het register, zoals 'cbs'.", requiredMode = REQUIRED) String scheme,
            @Schema(description = "De code in dat register.", requiredMode = REQUIRED) String identifier) {
    }

    @Schema(name = "OrganizationLinks", description = "Lijsten en cijfers van het bestuursorgaan in de API.")
    record Links(
            @Schema(description = "Zijn moties.", format = "uri", requiredMode = REQUIRED) String motions,
            @Schema(description = "Zijn toezeggingen.", format = "uri", requiredMode = REQUIRED) String commitments,
            @Schema(description = "Zijn brieven.", format = "uri", requiredMode = REQUIRED) String letters,
            @Schema(description = "De cijfers van zijn overzicht.", format = "uri", requiredMode = REQUIRED)
            String figures) {
    }
}
