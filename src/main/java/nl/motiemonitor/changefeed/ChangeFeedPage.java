package nl.motiemonitor.changefeed;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One answer of {@code /api/v1/wijzigingen}: the changes after the cursor asked for, oldest first, and the address of
 * the next answer ({@code ?na=} the last cursor here, or the one asked for when there was nothing new).
 */
@Schema(description = "Een antwoord van de wijzigingenfeed: de wijzigingen na de gevraagde cursor en het adres van "
        + "het volgende antwoord.")
record ChangeFeedPage(
        @Schema(description = "De wijzigingen, oudste eerst.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Entry> changes,
        @Schema(description = "Het adres van het volgende antwoord (na = de laatste cursor hier).",
                requiredMode = Schema.RequiredMode.REQUIRED) String next) {

    /**
     * A change: the cursor that orders it (a string: clients keep it as it is), when it was committed, which item
     * ({@code type} and its database {@code id}), its body's slug, the action, and the item's address in the API
     * ({@code url}, absent when it was deleted) and its public page ({@code page}, only while the public sees it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Change", description = "Eén wijziging van een onderdeel dat het publiek kan zien (of kon zien).")
    record Entry(
            @Schema(description = "Wat de wijziging ordent; bewaar hem zoals hij is en geef hem terug als na.",
                    requiredMode = Schema.RequiredMode.REQUIRED) String cursor,
            @Schema(description = "Wanneer de wijziging is vastgelegd.", requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonProperty("changed_at") Instant changedAt,
            @Schema(description = "Soort onderdeel.", allowableValues = {"motion", "commitment", "letter", "body"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String type,
            @Schema(description = "Het id van het onderdeel, zoals in de API.",
                    requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(description = "De slug van zijn bestuursorgaan; ontbreekt als dat er niet meer is.") String body,
            @Schema(description = "Wat er gebeurde.", allowableValues = {"published", "changed", "unpublished",
                    "deleted"}, requiredMode = Schema.RequiredMode.REQUIRED) String action,
            @Schema(description = "Het adres in de API; ontbreekt bij deleted.") String url,
            @Schema(description = "De openbare pagina; alleen zolang het publiek het onderdeel ziet.") String page) {
    }
}
