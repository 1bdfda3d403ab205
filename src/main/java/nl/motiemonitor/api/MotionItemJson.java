package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A motion in a list: what identifies it, its outcome, status and term; the rest is at its {@code url}. */
@Schema(name = "MotionItem", description = "Een motie in een lijst: nummer, uitslag, status en termijn. Alles "
        + "verder (overwegingen, indieners, stemming, brieven, geschiedenis) staat op haar url.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record MotionItemJson(
        @Schema(description = "Vast id van de motie.", requiredMode = REQUIRED) long id,
        @Schema(description = "De motie in de API.", format = "uri", requiredMode = REQUIRED) String url,
        @Schema(description = "De openbare pagina van de motie.", format = "uri", requiredMode = REQUIRED) String page,
        @Schema(description = "Id van het bestuursorgaan.", requiredMode = REQUIRED)
        @JsonProperty("organization_id") long organizationId,
        @Schema(description = "Registratienummer, zoals RIS323480 of 2014-11.", requiredMode = REQUIRED)
        String identifier,
        @Schema(description = "Titel; ontbreekt als de bron er geen geeft.") String name,
        @Schema(description = "Datum van de stemming (of van het aannemen).") LocalDate date,
        @Schema(description = "Hoe precies de bron die datum noemt.", allowableValues = {"day", "month", "year"})
        @JsonProperty("date_precision") String datePrecision,
        @Schema(description = "Uitslag van de stemming.", allowableValues = {"adopted", "adopted_without_vote",
                "taken_over", "rejected", "withdrawn", "held"}) String result,
        @Schema(description = "Status van de afdoening, als filterwaarde zoals de portal die gebruikt; ontbreekt bij "
                + "een motie die niet is aangenomen.", allowableValues = {"open", "in-behandeling",
                "afdoening-voorgesteld", "afgedaan", "vervallen"}) String status,
        @Schema(description = "De status in woorden, zoals 'Afdoening voorgesteld'.")
        @JsonProperty("status_label") String statusLabel,
        @Schema(description = "Sommige verzoeken zijn afgedaan, niet alle ('deels afgedaan').",
                requiredMode = REQUIRED) @JsonProperty("partly_discharged") boolean partlyDischarged,
        @Schema(description = "De termijn; ontbreekt bij een motie die niet is aangenomen.") TermJson term) {
}
