package nl.motiemonitor.harvest.notubiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedLetter;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.NotubizFixtures;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.testsupport.FixtureServer;

/** The Notubiz client against recorded-shape answers of a made-up organisation (9999), served locally ({@link NotubizFixtures}). */
class NotubizClientTest {

    private final FixtureServer server = new FixtureServer("harvest/notubiz", "",
            new NotubizFixtures(NotubizFixtures.RECORDED));
    private final NotubizClient client = new NotubizClient(
            Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), DutchDates.NETHERLANDS));

    @AfterEach
    void stop() {
        server.close();
    }

    private SourceSettings settings(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>(Map.of("organisation", "9999", "module", "6", "from", "2025"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        parameters.values().removeIf(value -> value == null);
        return new SourceSettings(SourceKind.NOTUBIZ, URI.create(server.baseUrl()), parameters);
    }

    private Map<String, HarvestedMotion> motions() throws Exception {
        return java.util.stream.Stream.of(client.fetch(settings(), null), client.fetch(settings(), "2026"))
                .flatMap(page -> page.records().stream())
                .filter(HarvestedMotion.class::isInstance).map(HarvestedMotion.class::cast)
                .collect(Collectors.toMap(HarvestedMotion::sourceId, Function.identity()));
    }

    @Test
    void readsOneYearAPageFromTheFirstYearThroughThisYear() throws Exception {
        HarvestPage first = client.fetch(settings(), null);
        HarvestPage second = client.fetch(settings(), first.nextCursor());

        assertThat(first.nextCursor()).isEqualTo("2026");
        assertThat(second.last()).isTrue();
        assertThat(first.records()).extracting(HarvestedRecord::sourceId)
                .as("amendments 5005 and 5006 left out, 5007 (2024) not on the 2025 page, 5008 withdrawn")
                .containsExactly("5001", "5002", "5003", "5004", "5008");
        assertThat(second.records()).extracting(HarvestedRecord::sourceId)
                .as("5104 has no date: it goes on the last page")
                .containsExactly("5101", "5102", "5103", "5104", "5105", "5106");
        assertThat(server.requests()).extracting(FixtureServer.Request::path)
                .containsExactly("/organisations/9999/modules/6/items", "/organisations/9999/modules/6/items");
    }

    @Test
    void aLaterHarvestResumesAtLastYearForMotionsAndStartsOverForCommitments() throws Exception {
        assertThat(client.fetch(settings(), "2026").resumeCursor()).isEqualTo("2025");
        assertThat(client.fetch(settings("module", "3", "kind", "commitments", "from", "2026"), null).resumeCursor())
                .isNull();
    }

    @Test
    void anItemNotPublicAnyMoreIsADeletion() throws Exception {
        assertThat(client.fetch(settings(), null).records()).filteredOn(HarvestedDeletion.class::isInstance)
                .containsExactly(new HarvestedDeletion(HarvestedRecord.Kind.MOTION, "5008"));
    }

    @Test
    void mapsTheOutcomeWordsOfEveryAttributeThatHoldsThem() throws Exception {
        Map<String, HarvestedMotion> motions = motions();

        assertThat(motions.get("5001").outcome()).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(motions.get("5002").outcome()).as("'Stemming: verworpen'").isEqualTo(VoteOutcome.REJECTED);
        assertThat(motions.get("5003").outcome()).isEqualTo(VoteOutcome.WITHDRAWN);
        assertThat(motions.get("5004").outcome()).as("'Motie aangehouden'").isEqualTo(VoteOutcome.HELD);
        assertThat(motions.get("5101").outcome()).isEqualTo(VoteOutcome.TAKEN_OVER);
        assertThat(motions.get("5102").outcome()).isEqualTo(VoteOutcome.ADOPTED_WITHOUT_VOTE);
        assertThat(motions.get("5103").outcome()).as("met algemene stemmen: voted, all for")
                .isEqualTo(VoteOutcome.ADOPTED);
        assertThat(motions.get("5104").outcome()).as("a tie is no outcome").isNull();
        assertThat(motions.get("5105").outcome()).as("prose in Uitslag, the outcome in Status")
                .isEqualTo(VoteOutcome.REJECTED);
        assertThat(motions.get("5106").outcome()).as("only a written-out vote").isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void readsTheCountsAndThePartyGroupsOfAWrittenOutVote() throws Exception {
        Map<String, HarvestedMotion> motions = motions();

        HarvestedMotion adopted = motions.get("5001");
        assertThat(adopted.votesFor()).isEqualTo(23);
        assertThat(adopted.votesAgainst()).isEqualTo(7);
        assertThat(adopted.partyVotes()).as("members who voted apart name no group's vote").containsExactly(
                new PartyVote("GroenLinks", VotePosition.FOR, null), new PartyVote("D66", VotePosition.FOR, null),
                new PartyVote("CDA", VotePosition.FOR, null), new PartyVote("PVV", VotePosition.AGAINST, null));
        assertThat(motions.get("5002").partyVotes()).extracting(PartyVote::party, PartyVote::position,
                PartyVote::seats).containsExactly(tuple("VVD", VotePosition.FOR, 5), tuple("D66", VotePosition.FOR, 3),
                tuple("GroenLinks", VotePosition.AGAINST, 7), tuple("PvdA", VotePosition.AGAINST, 4),
                tuple("CDA", VotePosition.AGAINST, 2));
        assertThat(motions.get("5106")).extracting(HarvestedMotion::votesFor, HarvestedMotion::votesAgainst)
                .containsExactly(20, 15);
        assertThat(motions.get("5103").partyVotes()).isEmpty();
    }

    @Test
    void splitsSponsorsHoweverTheyAreWritten() throws Exception {
        Map<String, HarvestedMotion> motions = motions();

        assertThat(motions.get("5001").sponsors()).as("persons, then co-signers")
                .containsExactly("Claudia Schipper-Heijmans", "Henri de Raad", "Philip den Haan");
        assertThat(motions.get("5002").sponsors()).containsExactly("J. Jansen (VVD)", "P. de Vries (D66)",
                "K. Bakker (CDA)");
        assertThat(motions.get("5003").sponsors()).containsExactly("Jansen, J.", "De Vries, P.", "Bakker, K. (CDA)");
        assertThat(motions.get("5004").sponsors()).containsExactly("M. Yilmaz (DENK)", "S. Peters (SP)");
    }

    @Test
    void readsTheOtherFieldsOfAMotion() throws Exception {
        Map<String, HarvestedMotion> motions = motions();

        HarvestedMotion adopted = motions.get("5001");
        assertThat(adopted.number()).isEqualTo("M2025-014");
        assertThat(adopted.title()).isEqualTo("Meer groen op schoolpleinen");
        assertThat(adopted.decidedOn()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(adopted.dueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(adopted.portfolioHolder()).isEqualTo("J.P. Neven (Wethouder)");
        assertThat(adopted.sourceUrl()).isEqualTo(URI.create("https://api.notubiz.nl/document/16500001/1"));
        assertThat(adopted.text()).isNull();
        assertThat(motions.get("5003").number()).as("from the title").isEqualTo("M2025-040");

        HarvestedMotion takenOver = motions.get("5101");
        assertThat(takenOver.text()).isEqualTo("De raad,\nconstaterende dat er langs de Singel geen bankjes staan;\n"
                + "verzoekt het college & de beheerder bankjes te plaatsen,\nen gaat over tot de orde van de dag.");
        assertThat(takenOver.portfolioHolder()).isEqualTo("A. Bos (Wethouder), C. Kok (Burgemeester)");
        assertThat(takenOver.sourceUrl()).isNull();

        HarvestedMotion odd = motions.get("5104");
        assertThat(odd.decidedOn()).isNull();
        assertThat(odd.dueDate()).as("'Q2 2026' names no day").isNull();
    }

    @Test
    void readsCommitmentsWithTheLetterThatKeptThem() throws Exception {
        HarvestPage page = client.fetch(settings("module", "3", "kind", "commitments", "from", "2026"), null);

        assertThat(page.last()).isTrue();
        assertThat(page.records()).extracting(HarvestedRecord::sourceId)
                .containsExactly("7001", "document/16600002", "7002", "7003");
        HarvestedCommitment open = (HarvestedCommitment) page.records().get(0);
        assertThat(open.text()).isEqualTo(
                "De wethouder zegt toe de raad voor de zomer te informeren over de aanbesteding.");
        assertThat(open.promisedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(open.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(open.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(open.responsible()).isEqualTo("J.P. Neven (Wethouder)");
        assertThat(page.records().get(1)).isEqualTo(new HarvestedLetter("document/16600002", null,
                "Raadsinformatiebrief evaluatie parkeervergunningen", LocalDate.of(2026, 3, 2),
                URI.create("https://api.notubiz.nl/document/16600002/1")));
        HarvestedCommitment kept = (HarvestedCommitment) page.records().get(2);
        assertThat(kept.status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(kept.keptByLetterSourceId()).isEqualTo("document/16600002");
        assertThat(kept.text()).as("no text of its own: its title").isEqualTo("Evaluatie van de parkeervergunningen");
        HarvestedCommitment partly = (HarvestedCommitment) page.records().get(3);
        assertThat(partly.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(partly.dueDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(partly.number()).isEqualTo("TZ-17");
    }

    @Test
    void namesAMissingOrWrongParameterInDutch() {
        assertThatThrownBy(() -> client.fetch(settings("organisation", null), null))
                .isInstanceOf(HarvestSourceException.class)
                .hasMessage("De bron Notubiz mist de instelling 'organisation' (het nummer van de organisatie bij"
                        + " Notubiz, bijv. 987).");
        assertThatThrownBy(() -> client.fetch(settings("module", "moties"), null))
                .hasMessageContaining("De instelling 'module' van de bron Notubiz is een nummer");
        assertThatThrownBy(() -> client.fetch(settings("kind", "besluiten"), null))
                .hasMessage("De instelling 'kind' van de bron Notubiz is 'motions' of 'commitments', niet 'besluiten'.");
        assertThatThrownBy(() -> client.fetch(settings("from", "2030"), null))
                .hasMessage("De instelling 'from' van de bron Notubiz is een jaartal van 1990 tot en met 2026, niet"
                        + " '2030'.");
        assertThatThrownBy(() -> client.fetch(settings(), "volgende"))
                .hasMessageContaining("geen jaartal");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anErrorOfTheSourceStopsThePageAndTheSameRequestWorksAfterwards() throws Exception {
        server.failOnce(request -> request.parameters().get("date_from").startsWith("2025-"));

        assertThatThrownBy(() -> client.fetch(settings(), null)).isInstanceOf(HarvestSourceException.class)
                .hasMessageContaining("De bron antwoordde 503");
        assertThat(client.fetch(settings(), null).records()).hasSize(5);
    }

    @Test
    void aRefusalWrittenInAnAnswerIsAnError() {
        assertThatThrownBy(() -> client.fetch(settings("module", "7"), null)).isInstanceOf(HarvestSourceException.class)
                .hasMessageContaining("No rights to see this module");
    }

    @Test
    void startsOneCouncilTermBackWhenNoFirstYearIsSet() throws Exception {
        HarvestPage page = client.fetch(new SourceSettings(SourceKind.NOTUBIZ, URI.create(server.baseUrl() + "/"),
                Map.of("organisation", "9999", "module", "6")), null);

        assertThat(page.records()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("2023");
        assertThat(page.resumeCursor()).isEqualTo("2025");
    }
}
