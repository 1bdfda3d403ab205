package nl.motiemonitor.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query every list of the API takes: a body ({@code ?orgaan=}) and the page ({@code ?na=}, {@code ?limiet=}).
 * Its components carry the parameters' Dutch names, as the URLs do.
 */
record PageQuery(
        @Parameter(description = "Alleen dit bestuursorgaan (zijn slug, zoals den-haag). Een oude slug van een "
                + "hernoemd bestuursorgaan krijgt 301 naar de nieuwe.") String orgaan,
        @Parameter(description = "Begin na het laatste onderdeel van de vorige pagina: neem de link in 'next' van dat "
                + "antwoord. Leeg of weggelaten: bij het begin.") String na,
        @Parameter(description = "Hoeveel onderdelen per pagina: 1 tot en met 500, standaard 100.",
                schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "100"))
        String limiet) {

    /** The page asked for; refused in Dutch when the cursor or the limit is not one the API gives. */
    Keyset keyset() {
        return Keyset.of(na, limiet);
    }
}
