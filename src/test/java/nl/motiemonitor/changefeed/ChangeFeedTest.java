package nl.motiemonitor.changefeed;

import static nl.motiemonitor.changefeed.FeedClient.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the change feed says of a clerk's work: an item published, changed, unpublished and deleted, each once per
 * transaction, and a draft never; with links to the item in the API and to its page. Every change here commits.
 */
@MotiemonitorTest
@Import(Edits.class)
class ChangeFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Edits edits;

    @Autowired
    TransactionTemplate transactions;

    FeedClient feed;

    @BeforeEach
    void client() {
        feed = new FeedClient(port, jdbc);
    }

    @Test
    void aMotionPublishedChangedUnpublishedAndDeletedIsSaidSoWithItsLinks() {
        long start = feed.newest();
        Long body = fixtures.body("wijzigdorp");
        MotionId motion = fixtures.motion(body, "W-1").titled("Bankjes in het park").requesting("bankjes te plaatsen.")
                .register();

        List<JsonNode> published = feed.after(start);
        assertThat(published).extracting(FeedClient::describe)
                .containsExactly("body " + body + " published", "motion " + motion.value() + " published");
        JsonNode entry = published.get(1);
        assertThat(entry.get("body").asString()).isEqualTo("wijzigdorp");
        assertThat(entry.get("url").asString()).isEqualTo(BASE + "/api/v1/moties/" + motion.value());
        assertThat(entry.get("page").asString()).isEqualTo(BASE + "/wijzigdorp/moties/w-1");
        assertThat(entry.get("changed_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(Long.parseLong(entry.get("cursor").asString()))
                .isGreaterThan(Long.parseLong(published.get(0).get("cursor").asString()));
        assertThat(published.get(0).get("url").asString()).isEqualTo(BASE + "/api/v1/organen/wijzigdorp");
        assertThat(published.get(0).get("page").asString()).isEqualTo(BASE + "/wijzigdorp");

        long edited = feed.newest();
        edits.addClause(body, motion, "ook prullenbakken te plaatsen.");
        assertThat(feed.actionsAfter(edited)).containsExactly("motion " + motion.value() + " changed");

        long unpublished = feed.newest();
        edits.publish(body, motion, false);
        List<JsonNode> draft = feed.after(unpublished);
        assertThat(draft).extracting(FeedClient::describe).containsExactly("motion " + motion.value() + " unpublished");
        assertThat(FeedClient.fields(draft.get(0))).contains("url").doesNotContain("page");
        // the earlier entries no longer name the page of what is a draft now
        assertThat(feed.after(start).get(1).has("page")).isFalse();

        long republished = feed.newest();
        edits.publish(body, motion, true);
        jdbc.update("delete from motions where id = ?", motion.value());
        List<JsonNode> gone = feed.after(republished);
        assertThat(gone).extracting(FeedClient::describe).containsExactly("motion " + motion.value() + " published",
                "motion " + motion.value() + " deleted");
        assertThat(FeedClient.fields(gone.get(1))).doesNotContain("url", "page").contains("body", "cursor");
    }

    @Test
    void aDraftIsNeverSaidAndItsEditsNeitherUntilItIsPublished() {
        Long body = fixtures.body("conceptdorp");
        long start = feed.newest();
        MotionId motion = fixtures.motion(body, "C-1").requesting("een concept te schrijven.").unpublished().register();
        CommitmentId commitment = fixtures.commitment(body, "De wethouder schrijft een concept.").unpublished()
                .register();
        Long letter = fixtures.letter(body).about("Concept").answering(motion, LetterResponse.PROGRESS_ONLY)
                .unpublished().register();
        edits.addClause(body, motion, "het concept te herschrijven.");
        edits.rewrite(body, commitment, "De wethouder herschrijft een concept.");
        edits.retitle(body, letter, "Herschreven concept");
        fixtures.extendTerm(motion, body, LocalDate.now().plusYears(1));
        assertThat(feed.actionsAfter(start)).isEmpty();

        edits.publish(body, motion, true);
        edits.publish(body, commitment, true);
        edits.publishLetter(body, letter, true);
        assertThat(feed.actionsAfter(start)).containsExactly("motion " + motion.value() + " published",
                "commitment " + commitment.value() + " published", "letter " + letter + " published",
                // the motion's page now lists the letter that answers it
                "motion " + motion.value() + " changed");
    }

    @Test
    void aCommitmentIsPublishedChangedUnpublishedAndDeleted() {
        Long body = fixtures.body("toezegdorp");
        long start = feed.newest();
        CommitmentId commitment = fixtures.commitment(body, "De wethouder komt terug op de bankjes.").register();
        edits.rewrite(body, commitment, "De wethouder komt voor de zomer terug op de bankjes.");
        fixtures.reportProgress(commitment, LocalDate.now());
        edits.publish(body, commitment, false);
        edits.publish(body, commitment, true);
        jdbc.update("delete from commitments where id = ?", commitment.value());

        String id = "commitment " + commitment.value();
        List<JsonNode> changes = feed.after(start);
        assertThat(changes).extracting(FeedClient::describe).containsExactly(id + " published", id + " changed",
                id + " changed", id + " unpublished", id + " published", id + " deleted");
        assertThat(changes.get(0).get("url").asString()).isEqualTo(BASE + "/api/v1/toezeggingen/" + commitment.value());
        assertThat(changes.get(0).has("page")).as("deleted since").isFalse();
    }

    @Test
    void aLetterIsPublishedChangedUnpublishedAndDeletedAndTheItemsItAnswersChangeWithIt() {
        Long body = fixtures.body("briefdorp");
        MotionId motion = fixtures.motion(body, "B-1").requesting("een brief te sturen.").register();
        fixtures.reportProgress(motion, LocalDate.now());
        long start = feed.newest();
        Long letter = fixtures.letter(body).about("Voortgang brieven").answering(motion, LetterResponse.PROGRESS_ONLY)
                .register();
        List<JsonNode> published = feed.after(start);
        // in one transaction, by body, then type, then id
        assertThat(published).extracting(FeedClient::describe).containsExactly("letter " + letter + " published",
                "motion " + motion.value() + " changed");
        assertThat(published.get(0).get("page").asString()).isEqualTo(BASE + "/briefdorp/brieven/" + letter);
        assertThat(published.get(0).get("url").asString()).isEqualTo(BASE + "/api/v1/brieven/" + letter);

        long edited = feed.newest();
        edits.retitle(body, letter, "Voortgang van de brieven");
        edits.publishLetter(body, letter, false);
        edits.publishLetter(body, letter, true);
        jdbc.update("delete from letters where id = ?", letter);
        String id = "letter " + letter;
        String answered = "motion " + motion.value() + " changed";
        assertThat(feed.actionsAfter(edited)).containsExactly(id + " changed", id + " unpublished", answered,
                id + " published", answered, id + " deleted", answered);
    }

    @Test
    void aBodyIsPublishedAndChangesWithItsMembersAndParties() {
        long start = feed.newest();
        Long body = fixtures.body("ledendorp");
        fixtures.party(body, "Lokaal Ledendorp", "LL");
        fixtures.member(body, "Anna de Vries", "Lokaal Ledendorp");
        assertThat(feed.actionsAfter(start)).containsExactly("body " + body + " published", "body " + body + " changed",
                "body " + body + " changed");
    }

    @Test
    void oneTransactionIsOneEntryPerItemWithItsStateAtTheStartAndTheEnd() {
        Long body = fixtures.body("transactiedorp");
        MotionId changed = fixtures.motion(body, "T-1").requesting("veel te doen.").register();
        MotionId draft = fixtures.motion(body, "T-2").requesting("eerst te publiceren.").unpublished().register();
        MotionId withdrawn = fixtures.motion(body, "T-3").requesting("te worden ingetrokken.").register();
        MotionId fleeting = fixtures.motion(body, "T-4").requesting("even zichtbaar te zijn.").unpublished().register();
        long start = feed.newest();

        transactions.executeWithoutResult(status -> {
            edits.addClause(body, changed, "nog meer te doen.");
            fixtures.reportProgress(changed, LocalDate.now());
            fixtures.extendTerm(changed, body, LocalDate.now().plusYears(1));
            fixtures.assign(changed, body, "Stadsbeheer", "Wethouder Groen");
            edits.addClause(body, changed, "en nog iets.");

            edits.publish(body, draft, true);
            edits.addClause(body, draft, "daarna bewerkt te worden.");

            edits.addClause(body, withdrawn, "nog bewerkt te worden.");
            edits.publish(body, withdrawn, false);

            edits.publish(body, fleeting, true);
            edits.publish(body, fleeting, false);
        });

        assertThat(feed.actionsAfter(start)).containsExactlyInAnyOrder("motion " + changed.value() + " changed",
                "motion " + draft.value() + " published", "motion " + withdrawn.value() + " unpublished");
    }

    @Test
    void pagesFollowEachOtherAndTheLastNextAsksAgainFromTheSameCursor() {
        Long body = fixtures.body("bladerdorp");
        long start = feed.newest();
        for (int i = 1; i <= 5; i++) {
            fixtures.motion(body, "P-" + i).requesting("te bladeren.").register();
        }
        JsonNode first = feed.page("?na=" + start + "&limiet=2");
        assertThat(first.get("changes")).hasSize(2);
        String last = first.get("changes").get(1).get("cursor").asString();
        assertThat(first.get("next").asString()).isEqualTo(BASE + "/api/v1/wijzigingen?na=" + last + "&limiet=2");

        JsonNode second = feed.next(first);
        JsonNode third = feed.next(second);
        JsonNode empty = feed.next(third);
        assertThat(second.get("changes")).hasSize(2);
        assertThat(third.get("changes")).hasSize(1);
        assertThat(empty.get("changes")).isEmpty();
        assertThat(empty.get("next").asString()).isEqualTo(third.get("next").asString());
        assertThat(feed.next(empty).get("changes")).isEmpty();

        // without na (or with it empty), from the very first change; without limiet, 500 at most
        String oldest = jdbc.queryForObject("select min(cursor)::text from public_changes", String.class);
        JsonNode beginning = feed.page("");
        assertThat(beginning.get("changes").get(0).get("cursor").asString()).isEqualTo(oldest);
        assertThat(beginning.get("changes").size()).isLessThanOrEqualTo(500);
        assertThat(beginning.get("next").asString()).doesNotContain("limiet");
        assertThat(feed.page("?na=&limiet=1").get("changes").get(0).get("cursor").asString()).isEqualTo(oldest);
        String lastNext = third.get("next").asString();
        assertThat(feed.get(lastNext.substring(lastNext.indexOf('?'))).headers().firstValue("Link"))
                .contains("<" + lastNext + ">; rel=\"next\"");
    }

    @Test
    void aWrongParameterIsABadRequestSaidInDutchWithoutAStackTrace() {
        long newest = feed.newest();
        for (String[] wrong : new String[][] {
                {"?na=abc", "De parameter na moet een cursor uit deze feed zijn"},
                {"?na=-1", "niet \"-1\""},
                {"?na=99999999999999999999", "De parameter na"},
                {"?na=" + (newest + 1000), "is hier nooit uitgegeven: de nieuwste is " + newest},
                {"?limiet=0", "De parameter limiet moet een geheel getal van 1 tot en met 1000 zijn"},
                {"?limiet=1001", "niet \"1001\""},
                {"?na=0&limiet=veel", "De parameter limiet"}}) {
            HttpResponse<String> response = feed.get(wrong[0]);
            assertThat(response.statusCode()).as(wrong[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(wrong[0])
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(wrong[0]).doesNotContain("Exception", "at nl.", "trace");
            JsonNode problem = feed.json(response.body());
            assertThat(problem.get("detail").asString()).as(wrong[0]).contains(wrong[1]);
            assertThat(problem.get("title").asString()).isEqualTo("Ongeldig verzoek");
            assertThat(problem.get("status").asInt()).isEqualTo(400);
        }
        assertThat(feed.get("?na=" + newest + "&limiet=1000").statusCode()).isEqualTo(200);
        assertThat(feed.get("?limiet=1").statusCode()).isEqualTo(200);
    }
}
