package nl.motiemonitor.api;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the generated description cannot learn from the code: the answers in Dutch (springdoc writes "OK", "Not
 * Found"), the 304 and 429 every operation can give, the ETag and Link headers, and Dutch words for Spring's
 * ProblemDetail.
 */
@Component
class ApiDescriptionWords implements OpenApiCustomizer {

    private static final String PROBLEM = "#/components/schemas/ProblemDetail";
    private static final Map<String, String> ANSWERS = Map.of(
            "200", "Gevonden.",
            "400", "Ongeldig verzoek: een cursor, limiet of status die de API niet kent.",
            "404", "Niet gevonden: geen openbaar onderdeel met dit id, of geen bestuursorgaan met deze slug.",
            "500", "Interne fout.");

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDescriptionWords::answers));
        Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
        if (problem != null) {
            problem.description("Wat er misging (RFC 9457, application/problem+json), met een Nederlandse titel en "
                    + "uitleg.");
            problem.getProperties().remove("properties");
            describe(problem, "type", "Soort probleem; about:blank voor de gewone HTTP-betekenis.");
            describe(problem, "title", "Korte titel, zoals 'Niet gevonden'.");
            describe(problem, "status", "De HTTP-status.");
            describe(problem, "detail", "Wat er misging en wat u kunt doen.");
            describe(problem, "instance", "Het pad van het verzoek.");
        }
    }

    private static void answers(Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.forEach((code, response) -> response.setDescription(ANSWERS.getOrDefault(code,
                response.getDescription())));
        ApiResponse found = responses.get("200");
        if (found != null) {
            found.addHeaderObject("ETag", header("Hash van het antwoord: stuur het terug in If-None-Match."));
            found.addHeaderObject("Cache-Control", header("public, max-age=60."));
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> Keyset.CURSOR.equals(parameter.getName()))) {
                found.addHeaderObject("Link", header("De volgende pagina (RFC 8288, rel=\"next\"), als die er is."));
            }
        }
        responses.addApiResponse("304", new ApiResponse().description("Niet gewijzigd: het antwoord is nog gelijk "
                + "aan de ETag in If-None-Match."));
        responses.addApiResponse("429", new ApiResponse().description("Te veel verzoeken van dit adres: probeer "
                + "het opnieuw na het aantal seconden in Retry-After.")
                .addHeaderObject("Retry-After", header("Seconden tot het volgende verzoek mag."))
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static void describe(Schema<?> schema, String property, String description) {
        Schema<?> found = schema.getProperties().get(property);
        if (found != null) {
            found.setDescription(description);
        }
    }
}
