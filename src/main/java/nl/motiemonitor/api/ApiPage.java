package nl.motiemonitor.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of a list: its items in id order, and the full URL of the next page (null on the last). */
@Schema(description = "Eén pagina van een lijst, op volgorde van id.")
record ApiPage<T>(
        @Schema(description = "De onderdelen op deze pagina.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<T> items,
        @Schema(description = "De volledige URL van de volgende pagina (dezelfde filters, met 'na'), of null op de "
                + "laatste pagina. Staat ook in de header Link met rel=\"next\".", types = {"string", "null"},
                format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
        String next) {
}
