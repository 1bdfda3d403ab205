package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.motiemonitor.term.ItemTerm;

/** An item's term as the portal computes it for today (item_terms_on, V16): one rule for every page and count. */
@Schema(name = "Term", description = "De termijn van een aangenomen motie of toezegging, berekend voor vandaag "
        + "(datum in Nederland), met dezelfde regel als elke pagina en elk cijfer van de portal: te laat is een "
        + "onderdeel zonder voorgestelde afdoening waarvan de geldende termijn voorbij is.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TermJson(
        @Schema(description = "De geldende termijn: de eigen termijn of die van het bestuursorgaan, verschoven door "
                + "de laatste verlenging; ontbreekt zonder termijn.") @JsonProperty("due_date") LocalDate dueDate,
        @Schema(description = "De oorspronkelijke termijn, vóór verlengingen.")
        @JsonProperty("original_due_date") LocalDate originalDueDate,
        @Schema(description = "Of de termijn de standaardtermijn van het bestuursorgaan is.", requiredMode = REQUIRED)
        @JsonProperty("default_term") boolean defaultTerm,
        @Schema(description = "Hoe vaak de termijn is verlengd.", requiredMode = REQUIRED) int extensions,
        @Schema(description = "Nu te laat: geen afdoening voorgesteld en de geldende termijn is voorbij.",
                requiredMode = REQUIRED) boolean late,
        @Schema(description = "Dagen na de geldende termijn, als het nu te laat is.")
        @JsonProperty("days_late") Integer daysLate,
        @Schema(description = "Niet te laat, niets voorgesteld en binnen 30 dagen aan de beurt.",
                requiredMode = REQUIRED) @JsonProperty("due_soon") boolean dueSoon,
        @Schema(description = "Afdoening voorgesteld; de raad (Staten, Kamer, algemeen bestuur) moet nog beslissen. "
                + "Nooit te laat.", requiredMode = REQUIRED) @JsonProperty("awaiting_decision") boolean awaitingDecision,
        @Schema(description = "Datum van de brief die de afdoening voorstelde (die nu voorligt of is aanvaard).")
        @JsonProperty("proposed_on") LocalDate proposedOn,
        @Schema(description = "Dagen dat die afdoening na de termijn kwam: 'te laat voorgesteld'.")
        @JsonProperty("proposed_late_days") Integer proposedLateDays,
        @Schema(description = "Of het college op tijd antwoordde: true als de afdoening op of vóór de termijn is "
                + "voorgesteld, false als dat later was of als het nu te laat is; ontbreekt als de termijn nog niet "
                + "op de proef is gesteld.") @JsonProperty("answered_in_time") Boolean answeredInTime,
        @Schema(description = "Datum van de aanvaarde afdoening.") @JsonProperty("discharged_on") LocalDate dischargedOn,
        @Schema(description = "Verantwoordelijke afdeling of dienst.") String department,
        @Schema(description = "Verantwoordelijke portefeuillehouder of bewindspersoon.")
        @JsonProperty("portfolio_holder") String portfolioHolder) {

    static TermJson of(ItemTerm term) {
        return term == null ? null : new TermJson(term.dueOn(), term.originalDueOn(), term.defaultTerm(),
                term.extensions(), term.late(), term.lateDays(), term.dueSoon(), term.awaitingDecision(),
                term.proposedOn(), term.proposedLateDays(), term.answeredInTime(), term.dischargedOn(),
                term.department(), term.portfolioHolder());
    }
}
