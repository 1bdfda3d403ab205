package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A commitment in a list: number, text, status and term; the rest is at its {@code url}. */
@Schema(name = "CommitmentItem", description = "Een toezegging in een lijst: nummer, tekst, status en termijn. "
        + "Geschiedenis en brieven staan op haar url.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentItemJson(
        @Schema(description = "Vast id van de toezegging.", requiredMode = REQUIRED) long id,
        @Schema(description = "De toezegging in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina van de toezegging.", format = "uri", requiredMode = REQUIRED)
        String page,
        @Schema(description = "Id van het bestuursorgaan.", requiredMode = REQUIRED)
        @JsonProperty("organization_id") long organizationId,
        @Schema(description = "Nummer, zoals 2021-1 (per bestuursorgaan en jaar) of TZ202603-130.",
                requiredMode = REQUIRED) String identifier,
        @Schema(description = "Wat is toegezegd.", requiredMode = REQUIRED) String text,
        @Schema(description = "Datum van de toezegging.") LocalDate date,
        @Schema(description = "Status van de afdoening, als filterwaarde zoals de portal die gebruikt.",
                allowableValues = {"open", "in-behandeling", "afdoening-voorgesteld", "afgedaan", "vervallen"},
                requiredMode = REQUIRED) String status,
        @Schema(description = "De status in woorden.", requiredMode = REQUIRED) @JsonProperty("status_label")
        String statusLabel,
        @Schema(description = "De termijn zoals de bron die in woorden noemt, zoals 'voor de zomer'.")
        @JsonProperty("due_date_text") String dueDateText,
        @Schema(description = "De termijn.") TermJson term) {
}
