package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A letter with its text and every published item it answers. */
@Schema(name = "Letter", description = "Een brief van het college of de bewindspersoon aan de raad of Kamer, met de "
        + "tekst en elk openbaar onderdeel dat de brief beantwoordt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record LetterJson(
        @JsonUnwrapped LetterItemJson item,
        @Schema(description = "Geadresseerde.") String addressee,
        @Schema(description = "De tekst, alinea's gescheiden door een witregel.", requiredMode = REQUIRED) String text,
        @Schema(description = "Wie de brief ondertekende.", requiredMode = REQUIRED) List<Signatory> signatories,
        @Schema(description = "Het originele document (PDF), als de griffie het bewaarde; de rechten daarop zijn die "
                + "van het document zelf.", format = "uri") String original,
        @Schema(description = "Elke openbare motie en toezegging die de brief beantwoordt, en wat de brief ervan zegt.",
                requiredMode = REQUIRED) List<Answer> answers,
        @Schema(description = "Waar het onderdeel vandaan komt, als een oogst het bracht (Popolo sources); "
                + "ontbreekt bij wat de griffie zelf invoerde.") List<SourceJson> sources) {

    @Schema(name = "Signatory", description = "Een ondertekenaar.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Signatory(
            @Schema(description = "Naam.", requiredMode = REQUIRED) String name,
            @Schema(description = "Functie, zoals 'burgemeester'.") String role) {
    }

    @Schema(name = "Answer", description = "Een motie of toezegging die de brief beantwoordt.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(
            @Schema(description = "Soort onderdeel.", allowableValues = {"motion", "commitment"},
                    requiredMode = REQUIRED) @JsonProperty("item_type") String itemType,
            @Schema(description = "Vast id van de motie of toezegging.", requiredMode = REQUIRED) long id,
            @Schema(description = "Het onderdeel in de API.", format = "uri", requiredMode = REQUIRED) String url,
            @Schema(description = "De openbare pagina van het onderdeel.", format = "uri", requiredMode = REQUIRED)
            String page,
            @Schema(description = "Nummer van de motie of toezegging.", requiredMode = REQUIRED) String identifier,
            @Schema(description = "Titel van de motie of tekst van de toezegging.") String name,
            @Schema(description = "Wat de brief doet: afdoening claimen, alleen voortgang melden, uitstel vragen, of "
                    + "zeggen dat het niet is afgedaan.", allowableValues = {"discharge_claimed", "progress_only",
                    "postponed", "not_discharged"}, requiredMode = REQUIRED) String response,
            @Schema(description = "De nieuwe termijn die de brief vraagt, bij uitstel.") @JsonProperty("new_due_date")
            LocalDate newDueDate,
            @Schema(description = "Bij een motie die per verzoek wordt gevolgd: de ids van de verzoeken die de brief "
                    + "beantwoordt; leeg is alle.", requiredMode = REQUIRED) @JsonProperty("request_ids")
            List<Long> requestIds) {
    }
}
