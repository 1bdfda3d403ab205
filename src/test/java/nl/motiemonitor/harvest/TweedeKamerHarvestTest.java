package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentView;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionView;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.api.ApiContractTest;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a harvest of the Tweede Kamer's fixtures stores, item by item, and what the harvest command says of it. */
@MotiemonitorTest
class TweedeKamerHarvestTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    HarvestSources sources;

    @Autowired
    Harvester harvester;

    @Autowired
    Bodies bodies;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    CommitmentCatalog commitmentCatalog;

    @Autowired
    LetterCatalog letterCatalog;

    HarvestedBody kamer;

    @BeforeEach
    void aBodyWithTheKamerAsItsSource() {
        kamer = new HarvestedBody(SourceCase.TWEEDE_KAMER, fixtures, sources);
    }

    @AfterEach
    void removeIt() {
        kamer.close();
    }

    @Test
    void storesTheKamersMotionsCommitmentsAndLettersWithWhatTheySay() {
        harvester.harvest(kamer.source, HarvestOptions.NEXT);
        BodyId body = kamer.body;

        MotionView adopted = motion("a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001");
        assertThat(adopted.summary().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(adopted.summary().adoptedOn()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(adopted.partiesVoting(VotePosition.AGAINST)).extracting(MotionView.PartyVoteView::party)
                .containsExactly("PVV", "VVD");
        assertThat(bodies.members(adopted.sponsorIds())).extracting(MemberView::display)
                .containsExactly("S.C. Kröger (GroenLinks-PvdA)", "I. Dobbe (SP)");
        assertThat(adopted.source()).isEqualTo(new SourceLink("TWEEDE_KAMER",
                "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z02817", null));
        assertThat(adopted.history()).singleElement().satisfies(change -> {
            assertThat(change.recordedBy()).isEqualTo("Motiemonitor (oogst)");
            assertThat(change.reason()).isEqualTo("Geoogst uit Tweede Kamer (open data).");
        });

        CommitmentView kept = commitment("b7e2d9c4-5a1f-4e3b-8c6d-000000000003");
        Long letter = letterCatalog.findBySource(body, "TWEEDE_KAMER", "d1f3b5a7-9c2e-4d6f-8a0b-000000000001")
                .orElseThrow();
        assertThat(kept.summary().status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(kept.history()).extracting(StatusChange::toStatus)
                .containsExactly(ItemStatus.OPEN, ItemStatus.DISCHARGE_PROPOSED, ItemStatus.DISCHARGED);
        assertThat(kept.history().get(1).letterId()).isEqualTo(letter);
        assertThat(kept.history().get(1).effectiveOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(kept.history().get(2).dateUnknown()).isTrue();
        assertThat(letterCatalog.answeringCommitments(List.of(kept.summary().id())).get(kept.summary().id()))
                .singleElement().satisfies(answer -> {
                    assertThat(answer.letter().reference()).isEqualTo("2026D09876");
                    assertThat(answer.response()).isEqualTo(LetterResponse.DISCHARGE_CLAIMED);
                });
        CommitmentView open = commitment("b7e2d9c4-5a1f-4e3b-8c6d-000000000001");
        assertThat(open.summary().number()).isEqualTo("TZ202602-101");
        assertThat(open.summary().dueDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(bodies.members(List.of(open.requestedByMemberId()))).extracting(MemberView::display)
                .containsExactly("S.C. Kröger (GroenLinks-PvdA)");
        assertThat(commitment("b7e2d9c4-5a1f-4e3b-8c6d-000000000002").summary().status())
                .isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(commitment("b7e2d9c4-5a1f-4e3b-8c6d-000000000004").summary().status())
                .isEqualTo(ItemStatus.LAPSED);
        assertThat(catalog.findByNumber(body, "2026Z02820")).as("an amendment is no motion").isEmpty();
    }

    @Test
    void theCommandPrintsPerSourceWhatItStored() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int first = HarvestCommand.harvest(HarvestCommand.parse(new String[] {"--orgaan", kamer.slug}), sources, harvester,
                bodies, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        int again = HarvestCommand.harvest(HarvestCommand.parse(new String[] {"--orgaan=" + kamer.slug, "--bron",
                "tweede-kamer", "--opnieuw"}), sources, harvester, bodies,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(first).isZero();
        assertThat(again).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                kamer.slug + ", Tweede Kamer (open data) (" + kamer.server.baseUrl() + "): 10 nieuw, 0 bijgewerkt, 0 ongewijzigd,"
                        + " 0 conflicten, 0 verwijderd, 2 niets op te slaan, 0 overgeslagen (5 pagina's).",
                kamer.slug + ", Tweede Kamer (open data) (" + kamer.server.baseUrl() + "): 0 nieuw, 0 bijgewerkt, 10 ongewijzigd,"
                        + " 0 conflicten, 0 verwijderd, 2 niets op te slaan, 0 overgeslagen (5 pagina's).");
    }

    @Test
    void theApiNamesTheSourceOfWhatAHarvestBroughtAsPopoloSources() {
        harvester.harvest(kamer.source, HarvestOptions.NEXT);
        PortalClient portal = new PortalClient(port);
        JsonNode description = JSON.readTree(portal.get("/api/v1/openapi.json", "application/json").body());
        MotionView adopted = motion("a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001");
        String path = "/api/v1/moties/" + adopted.summary().id();

        JsonNode answer = JSON.readTree(portal.get(path, "application/json").body());

        assertThat(ApiContractTest.errors(description, new ApiContractTest.Call(path, 200), answer)).isEmpty();
        assertThat(answer.path("sources").size()).isEqualTo(1);
        assertThat(answer.path("sources").path(0).path("note").asString()).isEqualTo("Tweede Kamer (open data)");
        assertThat(answer.path("sources").path(0).path("url").asString()).isEqualTo(adopted.source().url());
        assertThat(answer.path("sources").path(0).has("deleted_at")).isFalse();
    }

    private MotionView motion(String sourceId) {
        long id = catalog.findBySource(kamer.body, "TWEEDE_KAMER", sourceId).orElseThrow();
        return catalog.find(kamer.body, id).orElseThrow();
    }

    private CommitmentView commitment(String sourceId) {
        long id = commitmentCatalog.findBySource(kamer.body, "TWEEDE_KAMER", sourceId).orElseThrow();
        return commitmentCatalog.find(kamer.body, id).orElseThrow();
    }
}
