package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The vote on a motion as Popolo's VoteEvent: its result, the totals and each party group's vote. */
@Schema(name = "VoteEvent", description = "De stemming over de motie (Popolo VoteEvent): uitslag, totalen en de "
        + "stem van elke fractie.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record VoteEventJson(
        @Schema(description = "Id van de motie.", requiredMode = REQUIRED) @JsonProperty("motion_id") long motionId,
        @Schema(description = "Datum van de stemming.") @JsonProperty("start_date") LocalDate startDate,
        @Schema(description = "Uitslag.", allowableValues = {"adopted", "adopted_without_vote", "taken_over",
                "rejected", "withdrawn", "held"}, requiredMode = REQUIRED) String result,
        @Schema(description = "Totalen per keuze, voor zover de bron ze noemt.", requiredMode = REQUIRED)
        List<Count> counts,
        @Schema(description = "De stem van elke fractie, met haar zetels als gewicht.", requiredMode = REQUIRED)
        List<Vote> votes) {

    @Schema(name = "Count", description = "Het aantal stemmen voor één keuze (Popolo Count).")
    record Count(
            @Schema(description = "Keuze.", allowableValues = {"yes", "no", "abstain", "absent"},
                    requiredMode = REQUIRED) String option,
            @Schema(description = "Aantal stemmen.", requiredMode = REQUIRED) int value) {
    }

    @Schema(name = "Vote", description = "De stem van een fractie (Popolo Vote, per fractie).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Vote(
            @Schema(description = "De fractie.", requiredMode = REQUIRED) String group,
            @Schema(description = "Haar keuze.", allowableValues = {"yes", "no"}, requiredMode = REQUIRED)
            String option,
            @Schema(description = "Haar zetels, als de bron die noemt.") Integer weight) {
    }
}
