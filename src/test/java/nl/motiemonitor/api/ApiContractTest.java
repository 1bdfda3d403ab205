package nl.motiemonitor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft.PartyVoteDraft;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Done when (issue 16): the API's answers validate against its own OpenAPI document. The test reads
 * /api/v1/openapi.json as any client would, and checks the body of each request in {@link #calls()} against the
 * response schema of its operation and status (JSON Schema 2020-12, the dialect of OpenAPI 3.1), with every object
 * closed: a field the document does not name fails, as does a required field that is missing.
 */
@MotiemonitorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ApiContractTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    PortalClient portal;
    JsonNode description;
    long motion;
    long letter;

    /** A request and the status it answers with. Add a line for each new endpoint. */
    public record Call(String path, int status) {
    }

    List<Call> calls() {
        return List.of(
                new Call("/api/v1/organen", 200),
                new Call("/api/v1/organen/den-haag", 200),
                new Call("/api/v1/organen/den-haag/cijfers", 200),
                new Call("/api/v1/cijfers", 200),
                new Call("/api/v1/moties?limiet=3", 200),
                new Call("/api/v1/moties?orgaan=den-haag&status=afdoening-voorgesteld", 200),
                new Call("/api/v1/moties/" + motion, 200),
                new Call("/api/v1/moties/" + demo("motions", "ris307039"), 200),
                new Call("/api/v1/moties/" + demo("motions", "ris323480"), 200),
                new Call("/api/v1/moties/" + demo("motions", "2014-11"), 200),
                new Call("/api/v1/toezeggingen?orgaan=tweede-kamer", 200),
                new Call("/api/v1/toezeggingen/" + demo("commitments", "2021-1"), 200),
                new Call("/api/v1/brieven", 200),
                new Call("/api/v1/brieven/" + letter, 200),
                new Call("/api/v1/moties?na=onzin", 400),
                new Call("/api/v1/brieven/0", 404),
                new Call("/api/v1/wijzigingen?limiet=3", 200),
                new Call("/api/v1/wijzigingen", 200),
                new Call("/api/v1/wijzigingen?na=onzin", 400));
    }

    @BeforeAll
    void readTheDescription() {
        portal = new PortalClient(port);
        Long body = fixtures.body("contractdorp");
        fixtures.party(body, "Partij voor de Dieren", "PvdD");
        Long sponsor = fixtures.member(body, "De Vries", "Partij voor de Dieren");
        motion = fixtures.motion(body, "C-1").titled("Egelstraatjes").adoptedOn(LocalDate.of(2025, 1, 9))
                .due(LocalDate.of(2025, 2, 1)).sponsoredBy(sponsor).clause(ClauseKind.CONSIDERING, "egels zwerven;")
                .requesting("egelstraatjes aan te leggen.")
                .voted(20, 19, new PartyVoteDraft("Partij voor de Dieren", VotePosition.FOR, 3)).register().value();
        letter = fixtures.letter(body).about("Egelstraatjes aangelegd").sentOn(LocalDate.of(2025, 3, 1))
                .answering(new MotionId(motion), LetterResponse.DISCHARGE_CLAIMED).register();
        HttpResponse<String> document = portal.get("/api/v1/openapi.json", "application/json");
        assertThat(document.statusCode()).isEqualTo(200);
        description = JSON.readTree(document.body());
    }

    @Test
    void everyAnswerValidatesAgainstTheApisOwnDescription() {
        for (Call call : calls()) {
            HttpResponse<String> response = portal.get(call.path(), "application/json");
            assertThat(response.statusCode()).as(call.path()).isEqualTo(call.status());
            assertThat(errors(description, call, JSON.readTree(response.body()))).as(call.path()).isEmpty();
        }
    }

    @Test
    void theExamplesOnTheOpenDataPageFitTheDescriptionToo() {
        assertThat(errors(description, new Call("/api/v1/moties", 200), example("motions"))).isEmpty();
        assertThat(errors(description, new Call("/api/v1/moties/1", 200), example("motion"))).isEmpty();
        assertThat(errors(description, new Call("/api/v1/moties", 400), example("problem"))).isEmpty();
    }

    @Test
    void theDescriptionIsOpenApi31OfTheApiOnlyInDutch() {
        assertThat(description.get("openapi").asString()).startsWith("3.1");
        assertThat(description.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"))
                .contains("/api/v1/moties", "/api/v1/moties/{id}", "/api/v1/organen/{body}/cijfers");
        description.get("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.get("summary")).as("summary").isNotNull();
            assertThat(operation.get("description").asString()).as("description").isNotBlank();
            operation.path("parameters").forEach(parameter -> assertThat(parameter.get("description"))
                    .as(parameter.toString()).isNotNull());
        }));
        description.get("components").get("schemas").properties().forEach(schema -> assertThat(
                schema.getValue().get("description")).as(schema.getKey()).isNotNull());
        assertThat(portal.get("/v3/api-docs", "application/json").statusCode()).isEqualTo(404);
        assertThat(portal.get("/swagger-ui.html", "text/html").statusCode()).isEqualTo(404);
        assertThat(portal.get("/api/v1/openapi.json.yaml", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void aFieldTheDescriptionDoesNotNameOrAMissingRequiredFieldFails() {
        Call call = new Call("/api/v1/moties/" + motion, 200);
        JsonNode body = JSON.readTree(portal.get(call.path(), "application/json").body());
        assertThat(errors(description, call, body)).isEmpty();

        ObjectNode extra = (ObjectNode) body.deepCopy();
        ((ObjectNode) extra.get("vote_event")).put("secret", "niet beschreven");
        assertThat(errors(description, call, extra)).anyMatch(error -> error.contains("secret"));

        ObjectNode missing = (ObjectNode) body.deepCopy();
        missing.remove("identifier");
        assertThat(errors(description, call, missing)).anyMatch(error -> error.contains("identifier"));

        ObjectNode wrongDocument = (ObjectNode) description.deepCopy();
        ((ObjectNode) wrongDocument.at("/components/schemas/Motion/properties")).remove("text");
        assertThat(errors(wrongDocument, call, body)).anyMatch(error -> error.contains("text"));
    }

    /** What is wrong with {@code body} as the answer to {@code call}, by the response schema in {@code document}. */
    public static List<String> errors(JsonNode document, Call call, JsonNode body) {
        String path = call.path().replaceFirst("\\?.*", "");
        String template = operation(document, path);
        JsonNode response = document.get("paths").get(template).get("get").get("responses")
                .get(Integer.toString(call.status()));
        assertThat(response).as("%s answers %d in the description", template, call.status()).isNotNull();
        JsonNode content = response.get("content");
        JsonNode schema = content.has("application/json") ? content.get("application/json").get("schema")
                : content.get("application/problem+json").get("schema");
        ObjectNode root = (ObjectNode) schema.deepCopy();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        ObjectNode components = (ObjectNode) document.get("components").deepCopy();
        close(components);
        root.set("components", components);
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root)
                .validate(body);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    /** The operation a path is, most literal template first: /api/v1/moties/12 is /api/v1/moties/{id}. */
    private static String operation(JsonNode document, String path) {
        return document.get("paths").propertyNames().stream()
                .sorted(Comparator.comparingInt(template -> template.split("\\{", -1).length))
                .filter(template -> path.matches(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))
                .findFirst().orElseThrow(() -> new AssertionError("no operation in the description for " + path));
    }

    /** Every object schema admits only the properties it names, as a client that relies on the document would. */
    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(ApiContractTest::close);
    }

    private static JsonNode example(String name) {
        return JSON.readTree(OpenDataPage.example(name));
    }

    private long demo(String table, String urlKey) {
        return jdbc.queryForObject("select min(id) from " + table + " where url_key = ?", Long.class, urlKey);
    }
}
