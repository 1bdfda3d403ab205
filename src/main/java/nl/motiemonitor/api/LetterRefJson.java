package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A published letter that answers an item, and what it says of it. */
@Schema(name = "AnsweringLetter", description = "Een openbare brief die op het onderdeel antwoordt, en wat de brief "
        + "ervan zegt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record LetterRefJson(
        @Schema(description = "Vast id van de brief.", requiredMode = REQUIRED) long id,
        @Schema(description = "De brief in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina van de brief.", format = "uri", requiredMode = REQUIRED) String page,
        @Schema(description = "Onderwerp, of een titel uit afzender en datum.", requiredMode = REQUIRED) String name,
        @Schema(description = "Datum van de brief.") LocalDate date,
        @Schema(description = "Wat de brief doet: afdoening claimen, alleen voortgang melden, uitstel vragen, of "
                + "zeggen dat het niet is afgedaan.", allowableValues = {"discharge_claimed", "progress_only",
                "postponed", "not_discharged"}, requiredMode = REQUIRED) String response,
        @Schema(description = "Bij een motie die per verzoek wordt gevolgd: de ids van de verzoeken waarop de brief "
                + "antwoordt; leeg is alle.", requiredMode = REQUIRED) @JsonProperty("request_ids")
        List<Long> requestIds) {
}
