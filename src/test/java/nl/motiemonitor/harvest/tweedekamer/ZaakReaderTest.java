package nl.motiemonitor.harvest.tweedekamer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import nl.motiemonitor.testsupport.FixtureServer;
import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Kamer's Zaak records, as the fixtures have them, read as motions. */
class ZaakReaderTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void anAdoptedMotionHasItsSponsorsFirstSponsorFirstItsAddresseeAndTheVoteOfEachPartyGroup() throws IOException {
        HarvestedMotion motion = (HarvestedMotion) read("Zaak.json", 0).orElseThrow();

        assertThat(motion.sourceId()).isEqualTo("a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001");
        assertThat(motion.number()).isEqualTo("2026Z02817");
        assertThat(motion.title()).isEqualTo("Motie van het lid Kröger c.s. over een landelijk klachtenloket voor"
                + " sekswerkers");
        assertThat(motion.outcome()).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(motion.decidedOn()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(motion.sponsors()).containsExactly("S.C. Kröger (GroenLinks-PvdA)", "I. Dobbe (SP)");
        assertThat(motion.portfolioHolder()).isEqualTo("staatssecretaris van Volksgezondheid, Welzijn en Sport");
        assertThat(motion.partyVotes()).containsExactly(
                new PartyVote("GroenLinks-PvdA", VotePosition.FOR, 25), new PartyVote("D66", VotePosition.FOR, 20),
                new PartyVote("SP", VotePosition.FOR, 5), new PartyVote("CDA", VotePosition.FOR, 18),
                new PartyVote("PVV", VotePosition.AGAINST, 37), new PartyVote("VVD", VotePosition.AGAINST, 24));
        assertThat(motion.votesFor()).isEqualTo(68);
        assertThat(motion.votesAgainst()).isEqualTo(61);
        assertThat(motion.sourceUrl())
                .isEqualTo(URI.create("https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z02817"));
    }

    @Test
    void anAmendmentIsNoMotion() throws IOException {
        assertThat(read("Zaak.json", 1)).isEmpty();
    }

    @Test
    void aDeletedZaakIsADeletionWhateverItsKind() throws IOException {
        assertThat(read("Zaak-skip-3.json", 1)).contains(
                new HarvestedDeletion(HarvestedRecord.Kind.MOTION, "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0005"));
    }

    @Test
    void theLatestDecisionThatSettlesTheMotionCountsNotAPostponementBeforeIt() throws IOException {
        HarvestedMotion held = (HarvestedMotion) read("Zaak-skip-3.json", 2).orElseThrow();
        HarvestedMotion withdrawn = (HarvestedMotion) read("Zaak-skip-3.json", 0).orElseThrow();

        assertThat(held.outcome()).isEqualTo(VoteOutcome.HELD);
        assertThat(held.decidedOn()).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(withdrawn.outcome()).isEqualTo(VoteOutcome.WITHDRAWN);
        assertThat(withdrawn.votesFor()).isNull();
        assertThat(withdrawn.partyVotes()).isEmpty();
    }

    @Test
    void aRollCallCountsMembersAndAGroupThatVotedBothWaysHasNoVoteOfItsOwn() throws IOException {
        HarvestedMotion rollCall = (HarvestedMotion) read("Zaak-skip-6.json", 0).orElseThrow();

        assertThat(rollCall.votesFor()).isEqualTo(4);
        assertThat(rollCall.votesAgainst()).isEqualTo(2);
        assertThat(rollCall.partyVotes()).containsExactly(
                new PartyVote("GroenLinks-PvdA", VotePosition.FOR, 2), new PartyVote("PVV", VotePosition.AGAINST, 1),
                new PartyVote("D66", VotePosition.FOR, 1));
    }

    @Test
    void aMotionNotDecidedYetHasNoOutcome() throws IOException {
        HarvestedMotion open = (HarvestedMotion) read("Zaak-skip-6.json", 1).orElseThrow();

        assertThat(open.outcome()).isNull();
        assertThat(open.decidedOn()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Stemmen - aangenomen, Aangenomen., ADOPTED",
            "Stemmen - verworpen, Verworpen., REJECTED",
            "Stemmen - aangenomen, Zonder stemming aangenomen., ADOPTED_WITHOUT_VOTE",
            "Ingetrokken, -, WITHDRAWN",
            "Aangehouden (tijdens debat), -, HELD",
            "Stemmen - aangehouden, Aangehouden., HELD",
            "Overgenomen, -, TAKEN_OVER",
            "Stemmen - uitstellen, Uitgesteld., -"})
    void readsTheOutcomeFromTheDecisionsKindOrText(String kind, String text, VoteOutcome outcome) {
        JsonNode besluit = JSON.createObjectNode().put("BesluitSoort", kind).put("BesluitTekst", text);

        assertThat(ZaakReader.outcome(besluit)).isEqualTo(outcome);
    }

    static Optional<HarvestedRecord> read(String file, int index) throws IOException {
        JsonNode page = JSON.readTree(FixtureServer.read("harvest/tweedekamer", file));
        List<JsonNode> records = StreamSupport.stream(page.path("value").spliterator(), false).toList();
        return ZaakReader.read(records.get(index));
    }
}
