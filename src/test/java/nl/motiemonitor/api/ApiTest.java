package nl.motiemonitor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyChange;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft.PartyVoteDraft;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data API on real data built through the modules: every endpoint answers JSON, drafts never appear, keyset
 * paging walks a list exactly once, ETag and CORS work, and what goes wrong is a Dutch problem detail.
 */
@MotiemonitorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    static final String BASE = "https://motiemonitor.test";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Bodies bodies;

    PortalClient portal;
    Long body;
    long motion;
    long draftMotion;
    long rejected;
    long commitment;
    long draftCommitment;
    long letter;
    long draftLetter;
    List<Long> publishedMotions = new ArrayList<>();

    @BeforeAll
    void registerABodysWork() {
        portal = new PortalClient(port);
        body = fixtures.body("apiproef");
        fixtures.party(body, "GroenLinks", "GL");
        Long sponsor = fixtures.member(body, "Jansen", "GroenLinks");
        motion = fixtures.motion(body, "API-1").titled("Bomen langs de Apiweg").adoptedOn(LocalDate.of(2025, 3, 6))
                .due(LocalDate.of(2025, 9, 1)).sponsoredBy(sponsor)
                .clause(ClauseKind.NOTING, "de Apiweg kaal is;").requesting("bomen te planten langs de Apiweg.")
                .voted(30, 15, new PartyVoteDraft("GroenLinks", VotePosition.FOR, 8)).register().value();
        rejected = fixtures.motion(body, "API-2").titled("Asfalt op de Apiweg").adoptedOn(LocalDate.of(2025, 3, 6))
                .outcome(VoteOutcome.REJECTED).requesting("de Apiweg te verbreden.").register().value();
        draftMotion = fixtures.motion(body, "API-3").titled("Geheime apiconcepttitel").unpublished()
                .requesting("iets dat nog niet openbaar is.").register().value();
        for (int i = 4; i <= 8; i++) {
            publishedMotions.add(fixtures.motion(body, "API-" + i).adoptedOn(LocalDate.of(2025, 4, i))
                    .requesting("verzoek " + i + ".").register().value());
        }
        publishedMotions.add(0, rejected);
        publishedMotions.add(0, motion);
        commitment = fixtures.commitment(body, "De wethouder komt terug op de Apiweg.")
                .madeOn(LocalDate.of(2025, 5, 1)).due(LocalDate.of(2025, 6, 1)).register().value();
        draftCommitment = fixtures.commitment(body, "Geheime apiconcepttoezegging.").unpublished().register().value();
        letter = fixtures.letter(body).about("Afdoening bomen Apiweg").sentOn(LocalDate.of(2025, 8, 20))
                .saying("De bomen staan er.\n\nHet college beschouwt de motie als afgedaan.")
                .answering(new MotionId(motion), LetterResponse.DISCHARGE_CLAIMED)
                .answering(new CommitmentId(commitment), LetterResponse.PROGRESS_ONLY).register();
        draftLetter = fixtures.letter(body).about("Geheime apiconceptbrief").sentOn(LocalDate.of(2025, 8, 21))
                .answering(new MotionId(motion), LetterResponse.PROGRESS_ONLY).unpublished().register();
    }

    @Test
    void everyEndpointAnswersJson() {
        for (String path : List.of("/api/v1/organen", "/api/v1/organen/apiproef", "/api/v1/organen/apiproef/cijfers",
                "/api/v1/cijfers", "/api/v1/moties", "/api/v1/moties?orgaan=apiproef&status=afdoening-voorgesteld",
                "/api/v1/moties/" + motion, "/api/v1/toezeggingen?orgaan=apiproef", "/api/v1/toezeggingen/" + commitment,
                "/api/v1/brieven?orgaan=apiproef", "/api/v1/brieven/" + letter, "/api/v1/openapi.json")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        }
    }

    @Test
    void aMotionIsAPopoloMotionWithItsVoteSponsorsTermLettersAndHistory() {
        JsonNode motion = json("/api/v1/moties/" + this.motion);

        assertThat(motion.get("id").asLong()).isEqualTo(this.motion);
        assertThat(motion.get("url").asString()).isEqualTo(BASE + "/api/v1/moties/" + this.motion);
        assertThat(motion.get("page").asString()).isEqualTo(BASE + "/apiproef/moties/api-1");
        assertThat(motion.get("organization_id").asLong()).isEqualTo(body);
        assertThat(motion.get("identifier").asString()).isEqualTo("API-1");
        assertThat(motion.get("name").asString()).isEqualTo("Bomen langs de Apiweg");
        assertThat(motion.get("text").asString())
                .isEqualTo("Constaterende dat\nde Apiweg kaal is;\n\nVerzoekt het college\nbomen te planten langs de Apiweg.");
        assertThat(motion.get("clauses").get(1).get("kind").asString()).isEqualTo("request");
        assertThat(motion.get("creator").get("name").asString()).isEqualTo("Jansen");
        assertThat(motion.get("sponsors").get(0).get("party").asString()).isEqualTo("GL");
        JsonNode vote = motion.get("vote_event");
        assertThat(vote.get("result").asString()).isEqualTo("adopted");
        assertThat(vote.get("start_date").asString()).isEqualTo("2025-03-06");
        assertThat(vote.get("counts").toString()).isEqualTo("[{\"option\":\"yes\",\"value\":30},{\"option\":\"no\",\"value\":15}]");
        assertThat(vote.get("votes").toString()).isEqualTo("[{\"group\":\"GroenLinks\",\"option\":\"yes\",\"weight\":8}]");
        assertThat(motion.get("status").asString()).isEqualTo("afdoening-voorgesteld");
        JsonNode term = motion.get("term");
        assertThat(term.get("due_date").asString()).isEqualTo("2025-09-01");
        assertThat(term.get("late").asBoolean()).isFalse();
        assertThat(term.get("awaiting_decision").asBoolean()).isTrue();
        assertThat(term.get("answered_in_time").asBoolean()).as("proposed on 20 August, due 1 September").isTrue();
        assertThat(motion.get("letters")).hasSize(1);
        assertThat(motion.get("letters").get(0).get("url").asString()).isEqualTo(BASE + "/api/v1/brieven/" + letter);
        assertThat(motion.get("letters").get(0).get("response").asString()).isEqualTo("discharge_claimed");
        assertThat(motion.get("status_history")).extracting(change -> change.get("to").asString())
                .containsExactly("open", "afdoening-voorgesteld");
        assertThat(motion.get("status_history").get(1).get("letter").get("id").asLong()).isEqualTo(letter);
    }

    @Test
    void aLetterSaysWhatItAnswersAndACommitmentWhatAnswersIt() {
        JsonNode letter = json("/api/v1/brieven/" + this.letter);
        assertThat(letter.get("text").asString()).contains("De bomen staan er.\n\nHet college");
        assertThat(letter.get("answers")).extracting(answer -> answer.get("url").asString() + " "
                + answer.get("response").asString()).containsExactly(
                        BASE + "/api/v1/moties/" + motion + " discharge_claimed",
                        BASE + "/api/v1/toezeggingen/" + commitment + " progress_only");

        JsonNode commitment = json("/api/v1/toezeggingen/" + this.commitment);
        assertThat(commitment.get("status").asString()).isEqualTo("in-behandeling");
        assertThat(commitment.get("letters").get(0).get("id").asLong()).isEqualTo(this.letter);
        assertThat(commitment.get("term").get("due_date").asString()).isEqualTo("2025-06-01");
    }

    @Test
    void draftsNeverAppear() {
        for (String path : List.of("/api/v1/moties/" + draftMotion, "/api/v1/toezeggingen/" + draftCommitment,
                "/api/v1/brieven/" + draftLetter)) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/api/v1/moties?orgaan=apiproef&limiet=500",
                "/api/v1/toezeggingen?orgaan=apiproef&limiet=500", "/api/v1/brieven?orgaan=apiproef&limiet=500",
                "/api/v1/moties/" + motion, "/api/v1/organen/apiproef/cijfers")) {
            assertThat(get(path).body()).as(path).doesNotContainIgnoringCase("apiconcept")
                    .doesNotContain("/api/v1/moties/" + draftMotion + "\"")
                    .doesNotContain("/api/v1/brieven/" + draftLetter + "\"");
        }
    }

    @Test
    void keysetPagingWalksEveryItemExactlyOnceInIdOrder() {
        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/moties?orgaan=apiproef&limiet=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> response = get(next);
            JsonNode page = JSON.readTree(response.body());
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            JsonNode link = page.get("next");
            next = link.isNull() ? null : link.asString().substring(BASE.length());
            assertThat(response.headers().firstValue("Link").orElse(null)).as("Link header")
                    .isEqualTo(next == null ? null : "<" + BASE + next + ">; rel=\"next\"");
            assertThat(++pages).isLessThan(10);
        }
        assertThat(seen).isEqualTo(publishedMotions).isSorted();
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void filtersWithThePortalsStatusValues() {
        JsonNode proposed = json("/api/v1/moties?orgaan=apiproef&status=afdoening-voorgesteld");
        assertThat(proposed.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(motion);
        assertThat(json("/api/v1/toezeggingen?orgaan=apiproef&status=open").get("items")).isEmpty();
    }

    @Test
    void anUnchangedAnswerIsNotSentAgain() {
        HttpResponse<String> first = get("/api/v1/moties/" + motion);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("max-age=60", "public"));

        HttpResponse<String> again = portal.get("/api/v1/moties/" + motion, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(portal.get("/api/v1/moties/" + motion, "If-None-Match", "\"iets-anders\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anyOriginMayReadTheApiButNotThePortal() {
        HttpResponse<String> api = portal.get("/api/v1/organen", Map.of("Origin", "https://elders.example",
                "Accept", "application/json"));
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(api.headers().allValues("Access-Control-Expose-Headers").toString()).contains("ETag", "Link");
        HttpResponse<String> page = portal.get("/den-haag", Map.of("Origin", "https://elders.example"));
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void whatGoesWrongIsADutchProblemDetail() {
        Map<String, Integer> problems = Map.of("/api/v1/moties?na=niet-van-ons", 400,
                "/api/v1/moties?limiet=501", 400, "/api/v1/toezeggingen?limiet=nul", 400,
                "/api/v1/moties?status=zoek", 400, "/api/v1/moties/999999999", 404, "/api/v1/moties/abc", 404,
                "/api/v1/organen/bestaat-niet", 404, "/api/v1/moties?orgaan=bestaat-niet", 404,
                "/api/v1/bestaat-niet", 404);
        problems.forEach((path, status) -> {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("title").asString()).isIn("Ongeldig verzoek", "Niet gevonden");
            assertThat(problem.get("detail").asString()).as(path).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception", "at nl.");
        });
        assertThat(json("/api/v1/moties?na=niet-van-ons").get("detail").asString())
                .contains("De cursor 'niet-van-ons' is ongeldig");
        assertThat(json("/api/v1/moties?limiet=501").get("detail").asString())
                .contains("geef een geheel getal van 1 tot en met 500");
    }

    @Test
    void aRenamedBodysOldSlugMovesPermanently() {
        Long renamed = fixtures.body("apioud");
        bodies.change(renamed, bodies.editable(renamed).orElseThrow().version(),
                new BodyChange("apinieuw", "Gemeente Apinieuw", BodyKind.MUNICIPALITY, null, "voorbeeld"));

        HttpResponse<String> body = get("/api/v1/organen/apioud/cijfers");
        assertThat(body.statusCode()).isEqualTo(301);
        assertThat(body.headers().firstValue("Location")).hasValue("/api/v1/organen/apinieuw/cijfers");
        HttpResponse<String> list = get("/api/v1/moties?orgaan=apioud&limiet=5");
        assertThat(list.statusCode()).isEqualTo(301);
        assertThat(list.headers().firstValue("Location")).hasValue("/api/v1/moties?orgaan=apinieuw&limiet=5");
    }

    @Test
    void thePageForPeopleSaysWhatThereIsWithExamplesAndIsLinkedFromEveryPage() {
        HttpResponse<String> page = portal.get("/open-data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"utrecht-heading-1\">Open data en API</h1>",
                "/api/v1/organen/{slug}/cijfers", "/api/v1/wijzigingen", "href=\"" + BASE + "/api/v1/openapi.json\"",
                "&quot;identifier&quot;: &quot;RIS323480&quot;", "CC0 1.0", "30 verzoeken meteen, daarna 60 per minuut")
                .doesNotContain("<script");
        assertThat(portal.get("/den-haag").body()).contains("href=\"/open-data\">Open data en API</a>");
        assertThat(portal.get("/open-data?lang=en").body()).contains("Open data and API");
    }

    HttpResponse<String> get(String path) {
        return portal.get(path, "application/json");
    }

    JsonNode json(String path) {
        return JSON.readTree(get(path).body());
    }
}
