package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A motion with everything its public page shows, in Popolo's Motion keys plus the afdoening: its list item and more. */
@Schema(name = "Motion", description = "Een motie (Popolo Motion) met alles wat haar openbare pagina toont: "
        + "overwegingen en verzoeken, indieners, stemming, status, termijn, geschiedenis, verzoeken en brieven.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record MotionJson(
        @JsonUnwrapped MotionItemJson item,
        @Schema(description = "Soort: een motie.", allowableValues = {"motion"}, requiredMode = REQUIRED)
        String classification,
        @Schema(description = "De hele tekst: de overwegingen en verzoeken onder hun kopjes.", requiredMode = REQUIRED)
        String text,
        @Schema(description = "Samenvatting, als de griffie die vastlegde.") String summary,
        @Schema(description = "Het agendapunt (raadsvoorstel, nota) waarbij de motie is ingediend; ontbreekt bij een "
                + "motie vreemd aan de orde van de dag.") String debate,
        @Schema(description = "Nummer van dat agendapunt, zoals RIS320863.") @JsonProperty("debate_reference")
        String debateReference,
        @Schema(description = "De overwegingen en verzoeken, in volgorde.", requiredMode = REQUIRED)
        List<Clause> clauses,
        @Schema(description = "Voetnoten bij de tekst.", requiredMode = REQUIRED) List<Footnote> footnotes,
        @Schema(description = "De eerste indiener (Popolo creator).") PersonJson creator,
        @Schema(description = "Alle indieners, in volgorde.", requiredMode = REQUIRED) List<PersonJson> sponsors,
        @Schema(description = "De stemming.") @JsonProperty("vote_event") VoteEventJson voteEvent,
        @Schema(description = "Elke statuswijziging, oudste eerst.", requiredMode = REQUIRED)
        @JsonProperty("status_history") List<StatusChangeJson> statusHistory,
        @Schema(description = "De verzoeken, als de motie per verzoek wordt gevolgd; anders leeg.",
                requiredMode = REQUIRED) List<Request> requests,
        @Schema(description = "De openbare brieven die op de motie antwoorden, nieuwste eerst.", requiredMode = REQUIRED)
        List<LetterRefJson> letters,
        @Schema(description = "De eerdere motie die deze vervangt (gewijzigde motie).") ItemRefJson replaces,
        @Schema(description = "De latere motie die deze vervangt.") @JsonProperty("replaced_by") ItemRefJson replacedBy,
        @Schema(description = "Waar het onderdeel vandaan komt, als een oogst het bracht (Popolo sources); "
                + "ontbreekt bij wat de griffie zelf invoerde.") List<SourceJson> sources) {

    @Schema(name = "Clause", description = "Een overweging of verzoek van de motie.")
    record Clause(
            @Schema(description = "Plaats in de motie, vanaf 1.", requiredMode = REQUIRED) int position,
            @Schema(description = "Soort: constaterende dat, overwegende dat, van mening dat, verzoekt het college, "
                    + "draagt het college op.", allowableValues = {"noting", "considering", "opinion", "request",
                    "instruction"}, requiredMode = REQUIRED) String kind,
            @Schema(description = "Het kopje zoals de motie het schrijft, zoals 'Verzoekt het college'.",
                    requiredMode = REQUIRED) String heading,
            @Schema(description = "De tekst.", requiredMode = REQUIRED) String text) {
    }

    @Schema(name = "Footnote", description = "Een voetnoot bij de tekst.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Footnote(
            @Schema(description = "Het teken in de tekst, zoals 1.", requiredMode = REQUIRED) String marker,
            @Schema(description = "De voetnoot; ontbreekt als de bron alleen het teken heeft.") String text) {
    }

    @Schema(name = "MotionRequest", description = "Een verzoek van een motie die per verzoek wordt gevolgd, met eigen "
            + "status, termijn, verantwoordelijke, geschiedenis en brieven.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(
            @Schema(description = "Vast id van het verzoek.", requiredMode = REQUIRED) long id,
            @Schema(description = "Nummer van het verzoek in de motie, vanaf 1.", requiredMode = REQUIRED)
            int position,
            @Schema(description = "De tekst van het verzoek.", requiredMode = REQUIRED) String text,
            @Schema(description = "Status van het verzoek.", allowableValues = {"open", "in-behandeling",
                    "afdoening-voorgesteld", "afgedaan", "vervallen"}, requiredMode = REQUIRED) String status,
            @Schema(description = "De status in woorden.", requiredMode = REQUIRED) @JsonProperty("status_label")
            String statusLabel,
            @Schema(description = "Geldende termijn: de eigen termijn van het verzoek, anders die van de motie.")
            @JsonProperty("due_date") LocalDate dueDate,
            @Schema(description = "Of het verzoek een eigen termijn heeft.", requiredMode = REQUIRED)
            @JsonProperty("own_term") boolean ownTerm,
            @Schema(description = "Nu te laat (dezelfde regel als voor de motie).", requiredMode = REQUIRED)
            boolean late,
            @Schema(description = "Dagen na de termijn, als het nu te laat is.") @JsonProperty("days_late")
            Integer daysLate,
            @Schema(description = "Verantwoordelijke afdeling.") String department,
            @Schema(description = "Verantwoordelijke portefeuillehouder.") @JsonProperty("portfolio_holder")
            String portfolioHolder,
            @Schema(description = "Elke statuswijziging van het verzoek, oudste eerst.", requiredMode = REQUIRED)
            @JsonProperty("status_history") List<StatusChangeJson> statusHistory,
            @Schema(description = "De openbare brieven die op dit verzoek antwoorden.", requiredMode = REQUIRED)
            List<LetterRefJson> letters) {
    }
}
