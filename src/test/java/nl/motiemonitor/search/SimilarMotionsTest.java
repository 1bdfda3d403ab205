package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Elders aangenomen" on a motion's page: published, adopted motions of other bodies that share the operative words.
 * These tests commit (the pages are read over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class SimilarMotionsTest {

    static final String OVERWEEGHUIS = "/den-haag/moties/ris323480";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SimilarMotions similar;

    @Autowired
    SimilarMotionsRefresher refresher;

    PortalClient portal;
    Long utrecht;
    Long drenthe;
    Long denHaag;
    Long overweeghuis;

    @BeforeEach
    void createBodies() {
        portal = new PortalClient(port);
        utrecht = fixtures.body("elders-utrecht", "Gemeente Eldersproef", BodyKind.MUNICIPALITY);
        drenthe = fixtures.body("elders-drenthe", "Provincie Eldersproef", BodyKind.PROVINCE);
        denHaag = jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class);
        overweeghuis = jdbc.queryForObject("select id from motions where body_id = ? and url_key = 'ris323480'",
                Long.class, denHaag);
    }

    @AfterEach
    void removeWhatWasWritten() {
        jdbc.update("delete from motions where body_id in (?, ?) or (body_id = ? and registration_number like 'EP-%')",
                utrecht, drenthe, denHaag);
        jdbc.update("delete from bodies where id in (?, ?)", utrecht, drenthe);
    }

    @Test
    void adoptedPublishedMotionsOfOtherBodiesWithTheSameRequestAreShown() {
        motion(utrecht, "EP-1", "Overweeghuis voor sekswerkers", "ADOPTED", true, "2024-03-01",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        motion(utrecht, "EP-2", "Conceptmotie overweeghuis", "ADOPTED", false, "2024-03-02",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        motion(utrecht, "EP-3", "Verworpen overweeghuis", "REJECTED", true, "2024-03-03",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        motion(drenthe, "EP-4", "Alleen het woord", "ADOPTED", true, "2023-05-01",
                "een overweeghuis aan de rand van het natuurgebied te bouwen");
        motion(denHaag, "EP-5", "Nog een Haags overweeghuis", "ADOPTED", true, "2025-11-01",
                "een tweede overweeghuis voor sekswerkers te openen");

        assertThat(paths(overweeghuis)).as("not drafts, not rejected, not the same body, not one shared word")
                .containsExactly("/elders-utrecht/moties/ep-1");

        String html = page(OVERWEEGHUIS);
        assertThat(html).contains("<h2 class=\"utrecht-heading-2\" id=\"elders-aangenomen\">Elders aangenomen</h2>",
                "href=\"/elders-utrecht/moties/ep-1\">Overweeghuis voor sekswerkers</a>", "Gemeente Eldersproef",
                "datetime=\"2024-03-01\"", "1 maart 2024", ">Open</span>")
                .doesNotContain("/elders-utrecht/moties/ep-2", "/elders-utrecht/moties/ep-3",
                        "/elders-drenthe/moties/ep-4", "/den-haag/moties/ep-5\"");

        // and the other way round: from Utrecht, both Den Haag motions are elsewhere, its own draft and rejected not
        assertThat(page("/elders-utrecht/moties/ep-1")).contains("Elders aangenomen",
                "href=\"/den-haag/moties/ris323480\">Onderzoek mogelijkheden overweeghuis</a>", "Gemeente Den Haag",
                "href=\"/den-haag/moties/ep-5\"").doesNotContain("/elders-utrecht/moties/ep-2",
                        "/elders-utrecht/moties/ep-3");
    }

    @Test
    void atMostFiveMostAlikeFirst() {
        for (int i = 1; i <= 6; i++) {
            motion(i % 2 == 0 ? utrecht : drenthe, "EP-1" + i, "Motie " + i, "ADOPTED_WITHOUT_VOTE", true,
                    "2024-01-0" + i, "een overweeghuis voor sekswerkers te bouwen");
        }
        Long closest = motion(drenthe, "EP-20", "Het meest gelijk", "ADOPTED", true, "2020-01-01",
                "samen met sekswerkers een overweeghuis te openen in de regio");

        List<String> found = paths(overweeghuis);
        assertThat(found).hasSize(SimilarMotions.LIMIT).first().isEqualTo("/elders-drenthe/moties/ep-20");
        assertThat(closest).isNotNull();
    }

    @Test
    void theTitleNamesTheSubjectSoAMotionOnTheSameSubjectComesBeforeOneWithMoreSharedWording() {
        Long stalling = adopted(utrecht, "EP-80", "Fietsenstalling bij het station", "2024-01-01",
                "de fietsenstalling bij het station uit te breiden met plekken voor bakfietsen");
        // newer and sharing more of the wording, but on another subject (bakfietsen)
        adopted(drenthe, "EP-81", "Bakfietsen in de binnenstad", "2025-06-01",
                "de plekken voor bakfietsen bij het station uit te breiden");
        // the same subject in its title, few words shared
        adopted(drenthe, "EP-82", "Een fietsenstalling bij het station", "2023-01-01",
                "een fietsenstalling te bouwen");

        assertThat(paths(stalling)).as("the same subject first, though older and sharing fewer words")
                .containsExactly("/elders-drenthe/moties/ep-82", "/elders-drenthe/moties/ep-81");
    }

    @Test
    void withoutSimilarMotionsThereIsNoHeading() {
        motion(utrecht, "EP-30", "Iets anders", "ADOPTED", true, "2024-01-01", "de fietsenstalling uit te breiden");

        assertThat(page("/elders-utrecht/moties/ep-30")).doesNotContain("Elders aangenomen");
        assertThat(paths(overweeghuis)).isEmpty();
    }

    @Test
    void aChangedMotionIsQueuedAndTheMotionsItFindsListItToo() {
        Long other = motion(utrecht, "EP-40", "Overweeghuis", "ADOPTED", true, "2024-02-01",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        refresher.refreshQueued(Duration.ofMinutes(1));
        assertThat(paths(overweeghuis)).containsExactly("/elders-utrecht/moties/ep-40");

        // Den Haag's motion was queued by cascade when EP-40 found it; a text change queues EP-40 itself again
        jdbc.update("update clauses set text = ? where motion_id = ? and position = 1",
                "de fietsenstalling bij het station uit te breiden", other);
        assertThat(jdbc.queryForObject("select cascade from similar_motions_queue where motion_id = ?",
                Boolean.class, other)).isTrue();
        refresher.refreshQueued(Duration.ofMinutes(1));
        assertThat(paths(other)).as("EP-40 no longer asks for an overweeghuis").isEmpty();
    }

    @Test
    void aFoundMotionThatIsUnpublishedLaterIsLeftOutWithoutRecomputing() {
        Long found = motion(utrecht, "EP-50", "Overweeghuis", "ADOPTED", true, "2024-02-01",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        assertThat(paths(overweeghuis)).containsExactly("/elders-utrecht/moties/ep-50");

        jdbc.update("update motions set published = false where id = ?", found);
        assertThat(similar.adoptedElsewhere(overweeghuis)).isEmpty();
    }

    @Test
    void theWordIndexFollowsPublicationSoARecomputedListDropsAnUnpublishedMotion() {
        Long found = motion(utrecht, "EP-60", "Overweeghuis", "ADOPTED", true, "2024-02-01",
                "een overweeghuis te openen waar sekswerkers kunnen nadenken over uitstappen");
        assertThat(words(found)).contains("overweeghuis", "sekswerker");
        assertThat(paths(overweeghuis)).containsExactly("/elders-utrecht/moties/ep-60");

        jdbc.update("update motions set published = false where id = ?", found);
        assertThat(words(found)).as("no longer a candidate").isEmpty();
        jdbc.update("insert into similar_motions_queue (motion_id, cascade) values (?, false)"
                + " on conflict (motion_id) do nothing", overweeghuis);
        assertThat(paths(overweeghuis)).isEmpty();
    }

    @Test
    void oneSharedDistinctiveWordIsNotEnough() {
        motion(utrecht, "EP-70", "Overweeghuis elders", "ADOPTED", true, "2024-02-01",
                "een overweeghuis bij de haven te bouwen");

        assertThat(paths(overweeghuis)).isEmpty();
    }

    @Test
    void staleListsAreQueuedAgain() {
        refresher.refreshQueued(Duration.ofMinutes(1));
        jdbc.update("update similar_motions set computed_at = now() - interval '8 days' where motion_id = ?",
                overweeghuis);
        refresher.queueStaleLists();
        assertThat(jdbc.queryForList("select motion_id from similar_motions_queue", Long.class))
                .containsExactly(overweeghuis);
        refresher.refreshQueued(Duration.ofMinutes(1));
        assertThat(jdbc.queryForObject("select computed_at > now() - interval '1 minute' from similar_motions"
                + " where motion_id = ?", Boolean.class, overweeghuis)).isTrue();
    }

    private Long motion(Long body, String number, String title, String outcome, boolean published, String adoptedOn,
            String request) {
        VoteOutcome voteOutcome = VoteOutcome.valueOf(outcome);
        return fixtures.motion(body, number).titled(title).outcome(voteOutcome).published(published)
                .adoptedOn(voteOutcome.adopted() ? LocalDate.parse(adoptedOn) : null)
                .clause(ClauseKind.NOTING, "er in deze gemeente nog geen plek is").requesting(request).register()
                .value();
    }

    private Long adopted(Long body, String number, String title, String adoptedOn, String request) {
        return motion(body, number, title, "ADOPTED", true, adoptedOn, request);
    }

    private List<String> paths(Long motion) {
        refresher.refreshQueued(Duration.ofMinutes(1));
        return similar.adoptedElsewhere(motion).stream().map(SimilarMotion::path).toList();
    }

    private List<String> words(Long motion) {
        return jdbc.queryForList("select lexeme from similar_motion_words where motion_id = ?", String.class, motion);
    }

    private String page(String path) {
        refresher.refreshQueued(Duration.ofMinutes(1));
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
