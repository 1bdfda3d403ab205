package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A related motion or commitment: the one replaced or replacing, the one split from or off. */
@Schema(name = "ItemReference", description = "Een verwante motie of toezegging (vervangen, vervangend, afgesplitst).")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemRefJson(
        @Schema(description = "Vast id.", requiredMode = REQUIRED) long id,
        @Schema(description = "Het object in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina.", format = "uri", requiredMode = REQUIRED) String page,
        @Schema(description = "Nummer: registratienummer van de motie of nummer van de toezegging.",
                requiredMode = REQUIRED) String identifier,
        @Schema(description = "Titel van de motie of tekst van de toezegging; ontbreekt als de bron er geen geeft.")
        String name) {
}
