package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A council member as Popolo's Person, with the party group they belong to. */
@Schema(name = "Person", description = "Een raads- of Kamerlid (Popolo Person), met de fractie waar het lid toe hoort.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonJson(
        @Schema(description = "Vast id van het lid.", requiredMode = REQUIRED) long id,
        @Schema(description = "Naam, zoals de bron die schrijft.", requiredMode = REQUIRED) String name,
        @Schema(description = "Fractie (afkorting, anders naam); ontbreekt als die niet bekend is.") String party) {
}
