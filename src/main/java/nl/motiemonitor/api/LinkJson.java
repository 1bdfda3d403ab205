package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** Another object of the API, by its id, its API URL and its public page. */
@Schema(name = "Link", description = "Een ander object: id, plaats in de API en openbare pagina.")
record LinkJson(
        @Schema(description = "Vast id.", requiredMode = REQUIRED) long id,
        @Schema(description = "Het object in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina.", format = "uri", requiredMode = REQUIRED) String page) {
}
