package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A commitment with everything its public page shows. */
@Schema(name = "Commitment", description = "Een toezegging van het college of de bewindspersoon, met alles wat haar "
        + "openbare pagina toont.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitmentJson(
        @JsonUnwrapped CommitmentItemJson item,
        @Schema(description = "Waar het is toegezegd, zoals een commissievergadering.") @JsonProperty("made_in")
        String madeIn,
        @Schema(description = "De openbare brief waarin het is toegezegd.") @JsonProperty("made_in_letter")
        LinkJson madeInLetter,
        @Schema(description = "Het lid dat om de toezegging vroeg.") @JsonProperty("requested_by")
        PersonJson requestedBy,
        @Schema(description = "Elke statuswijziging, oudste eerst.", requiredMode = REQUIRED)
        @JsonProperty("status_history") List<StatusChangeJson> statusHistory,
        @Schema(description = "De openbare brieven die op de toezegging antwoorden, nieuwste eerst.",
                requiredMode = REQUIRED) List<LetterRefJson> letters,
        @Schema(description = "De toezegging waarvan deze is afgesplitst, toen een brief maar een deel afdeed.")
        @JsonProperty("split_from") ItemRefJson splitFrom,
        @Schema(description = "De delen die van deze toezegging zijn afgesplitst.", requiredMode = REQUIRED)
        @JsonProperty("split_off") List<ItemRefJson> splitOff,
        @Schema(description = "Waar het onderdeel vandaan komt, als een oogst het bracht (Popolo sources); "
                + "ontbreekt bij wat de griffie zelf invoerde.") List<SourceJson> sources) {
}
