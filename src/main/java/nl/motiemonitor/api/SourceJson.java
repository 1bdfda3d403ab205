package nl.motiemonitor.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.shared.SourceLink;

/** Where a harvested item came from, as Popolo's {@code sources}: the record's page at the source and its name. */
@Schema(name = "Source", description = "Waar een opgehaald onderdeel vandaan komt (Popolo sources): de pagina van het "
        + "record bij de bron en de naam van de bron.")
@JsonInclude(JsonInclude.Include.NON_NULL)
record SourceJson(
        @Schema(description = "De pagina van het record bij de bron, als die er is.", format = "uri") String url,
        @Schema(description = "De naam van de bron, zoals 'Tweede Kamer (open data)'.", requiredMode = REQUIRED)
        String note,
        @Schema(description = "Wanneer de bron het record verwijderde, als zij dat deed.", format = "date-time")
        @com.fasterxml.jackson.annotation.JsonProperty("deleted_at") String deletedAt) {

    /** The item's sources: none (null, so the field is left out) for an item no harvest brought. */
    static List<SourceJson> of(SourceLink source) {
        return source == null ? null : List.of(new SourceJson(source.url(), SourceKind.valueOf(source.kind()).label(),
                source.deletedAt() == null ? null : source.deletedAt().toString()));
    }
}
