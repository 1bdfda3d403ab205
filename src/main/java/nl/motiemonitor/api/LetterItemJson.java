package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A letter in a list: its header; its text and what it answers are at its {@code url}. */
@Schema(name = "LetterItem", description = "Een brief in een lijst: de kopgegevens. De tekst en wat de brief "
        + "beantwoordt staan op haar url.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record LetterItemJson(
        @Schema(description = "Vast id van de brief.", requiredMode = REQUIRED) long id,
        @Schema(description = "De brief in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina van de brief.", format = "uri", requiredMode = REQUIRED) String page,
        @Schema(description = "Id van het bestuursorgaan.", requiredMode = REQUIRED)
        @JsonProperty("organization_id") long organizationId,
        @Schema(description = "Onderwerp, of een titel uit afzender en datum.", requiredMode = REQUIRED) String name,
        @Schema(description = "Onderwerp zoals de brief het noemt.") String subject,
        @Schema(description = "Datum van de brief.") LocalDate date,
        @Schema(description = "Afzender, zoals 'De staatssecretaris van OCW'.") String sender,
        @Schema(description = "Kenmerk van de afzender ('ons kenmerk').") String reference,
        @Schema(description = "Registratienummer, zoals een RIS-nummer.") @JsonProperty("registration_number")
        String registrationNumber) {
}
