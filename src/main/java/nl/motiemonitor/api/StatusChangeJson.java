package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One move of an item's status, as its public timeline shows it. */
@Schema(name = "StatusChange", description = "Eén stap in de statusgeschiedenis, zoals de tijdlijn op de openbare "
        + "pagina.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatusChangeJson(
        @Schema(description = "Status ervoor; ontbreekt bij de eerste stap.", allowableValues = {"open",
                "in-behandeling", "afdoening-voorgesteld", "afgedaan", "vervallen"}) String from,
        @Schema(description = "Status erna.", allowableValues = {"open", "in-behandeling", "afdoening-voorgesteld",
                "afgedaan", "vervallen"}, requiredMode = REQUIRED) String to,
        @Schema(description = "De dag van de stap (bijvoorbeeld de datum van de brief); ontbreekt als de bron die niet "
                + "noemt.") LocalDate date,
        @Schema(description = "De dag is helemaal niet bekend: de stap telt dan niet als op tijd of te laat.",
                requiredMode = REQUIRED) @JsonProperty("date_unknown") boolean dateUnknown,
        @Schema(description = "Waarom; bij een brief die niet (meer) openbaar is alleen dat.", requiredMode = REQUIRED)
        String reason,
        @Schema(description = "De brief die de stap veroorzaakte, als die openbaar is.") LinkJson letter,
        @Schema(description = "Wanneer de stap is vastgelegd.", requiredMode = REQUIRED)
        @JsonProperty("recorded_at") Instant recordedAt,
        @Schema(description = "Wie de stap vastlegde, zoals de openbare pagina dat noemt.", requiredMode = REQUIRED)
        @JsonProperty("recorded_by") String recordedBy) {
}
