package nl.motiemonitor.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A mirror that follows the feed from its start and applies every change (published and changed: keep the item;
 * unpublished and deleted: drop it) holds exactly the bodies and published items the portal has, also when clerks
 * work while it reads.
 */
@MotiemonitorTest
@Import(Edits.class)
class ChangeFeedMirrorTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Edits edits;

    @Test
    void aMirrorThatAppliesEveryChangeFromTheStartHoldsExactlyWhatThePortalPublishes() {
        Long body = fixtures.body("spiegeldorp");
        MotionId kept = fixtures.motion(body, "S-1").requesting("te blijven.").register();
        MotionId withdrawn = fixtures.motion(body, "S-2").requesting("te verdwijnen.").register();
        MotionId deleted = fixtures.motion(body, "S-3").requesting("gewist te worden.").register();
        MotionId publishedLater = fixtures.motion(body, "S-4").requesting("later te verschijnen.").unpublished()
                .register();
        fixtures.motion(body, "S-5").requesting("een concept te blijven.").unpublished().register();
        CommitmentId commitment = fixtures.commitment(body, "De wethouder spiegelt.").register();
        CommitmentId draftCommitment = fixtures.commitment(body, "De wethouder spiegelt in stilte.").unpublished()
                .register();
        fixtures.letter(body).about("Spiegelbrief").answering(kept, LetterResponse.PROGRESS_ONLY).register();
        fixtures.letter(body).about("Conceptbrief").unpublished().register();
        edits.publish(body, withdrawn, false);
        jdbc.update("delete from motions where id = ?", deleted.value());
        edits.publish(body, publishedLater, true);
        edits.rewrite(body, draftCommitment, "De wethouder spiegelt nog steeds in stilte.");

        FeedClient feed = new FeedClient(port, jdbc);
        Map<String, Set<Long>> mirror = new HashMap<>();
        JsonNode page = feed.page("?limiet=100");
        boolean clerksWorked = false;
        while (!page.get("changes").isEmpty()) {
            page.get("changes").forEach(change -> apply(mirror, change));
            if (!clerksWorked) {
                edits.publish(body, kept, false);
                edits.publish(body, withdrawn, true);
                edits.rewrite(body, commitment, "De wethouder spiegelt alles.");
                clerksWorked = true;
            }
            page = feed.next(page);
        }

        assertThat(mirror).isEqualTo(published());
        assertThat(mirror.get("motion")).contains(withdrawn.value(), publishedLater.value())
                .doesNotContain(kept.value(), deleted.value());
        assertThat(mirror.get("commitment")).contains(commitment.value()).doesNotContain(draftCommitment.value());
    }

    private static void apply(Map<String, Set<Long>> mirror, JsonNode change) {
        Set<Long> items = mirror.computeIfAbsent(change.get("type").asString(), type -> new HashSet<>());
        long id = change.get("id").asLong();
        switch (change.get("action").asString()) {
            case "published", "changed" -> items.add(id);
            case "unpublished", "deleted" -> items.remove(id);
            default -> throw new AssertionError("unknown action in " + change);
        }
    }

    /** What the portal publishes now, by type. */
    private Map<String, Set<Long>> published() {
        Map<String, Set<Long>> portal = new HashMap<>();
        jdbc.query("""
                select 'body', id from bodies
                union all select 'motion', id from motions where published
                union all select 'commitment', id from commitments where published
                union all select 'letter', id from letters where published""",
                row -> {
                    portal.computeIfAbsent(row.getString(1), type -> new HashSet<>()).add(row.getLong(2));
                });
        return portal;
    }
}
