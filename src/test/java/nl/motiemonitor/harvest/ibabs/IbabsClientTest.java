package nl.motiemonitor.harvest.ibabs;

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
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.IbabsFixtures;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.testsupport.FixtureServer;

/** The iBabs client against recorded-shape SOAP answers of a made-up site ("voorbeeld"), served locally ({@link IbabsFixtures}). */
class IbabsClientTest {

    private static final String MOTIONS = IbabsFixtures.MOTIONS;
    private static final String COMMITMENTS = IbabsFixtures.COMMITMENTS;
    private static final String ENTRIES = "<GetListsEntriesByFilterRequest ";
    private static final String ENTRY = "<GetListEntry ";
    private static final String VOTES = "<GetListEntryVotesByListEntryId ";

    private final FixtureServer server = new FixtureServer("harvest/ibabs", IbabsFixtures.PATH, new IbabsFixtures());
    private final IbabsClient client = new IbabsClient(
            Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), DutchDates.NETHERLANDS));

    @AfterEach
    void stop() {
        server.close();
    }

    private static String id(char kind, int number) {
        return IbabsFixtures.entry(kind, number);
    }

    private SourceSettings settings(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>(
                Map.of("site", "voorbeeld", "list", MOTIONS, "from", "2025", "pageSize", "3"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        parameters.values().removeIf(value -> value == null);
        return new SourceSettings(SourceKind.IBABS, URI.create(server.baseUrl()), parameters);
    }

    private Map<String, HarvestedMotion> motions(SourceSettings settings) throws Exception {
        HarvestPage first = client.fetch(settings, null);
        return Stream.concat(first.records().stream(), client.fetch(settings, first.nextCursor()).records().stream())
                .map(HarvestedMotion.class::cast)
                .collect(Collectors.toMap(HarvestedMotion::sourceId, Function.identity()));
    }

    @Test
    void readsEntriesInTheOrderTheyChangedAPageAtATime() throws Exception {
        HarvestPage first = client.fetch(settings(), null);
        HarvestPage second = client.fetch(settings(), first.nextCursor());

        assertThat(first.records()).extracting(HarvestedRecord::sourceId).as("the amendment A4 left out")
                .containsExactly(id('e', 1), id('e', 2));
        assertThat(first.nextCursor()).isEqualTo("2025-03-01T08:00|" + id('e', 3));
        assertThat(second.records()).extracting(HarvestedRecord::sourceId)
                .containsExactly(id('e', 4), id('e', 5), id('e', 6));
        assertThat(second.last()).isTrue();
        assertThat(second.resumeCursor()).as("the newest change: a later harvest asks only for what changed since")
                .isEqualTo("2026-01-10T16:45:12.803|" + id('e', 6));
        assertThat(server.requests()).filteredOn(request -> request.body().contains(ENTRIES))
                .extracting(request -> request.body().contains("<r:SinceDate>2025-03-01T00:00:00</r:SinceDate>"))
                .containsExactly(false, true);
        assertThat(server.requests()).allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"));
    }

    @Test
    void aHarvestThatResumesReadsOnlyWhatChangedSince() throws Exception {
        String resume = client.fetch(settings("pageSize", "10"), null).resumeCursor();

        HarvestPage later = client.fetch(settings(), resume);

        assertThat(later.records()).isEmpty();
        assertThat(later.last()).isTrue();
        assertThat(later.resumeCursor()).isEqualTo(resume);
    }

    @Test
    void mapsOutcomesDatesAndTheOtherFields() throws Exception {
        Map<String, HarvestedMotion> motions = motions(settings());

        HarvestedMotion adopted = motions.get(id('e', 1));
        assertThat(adopted.outcome()).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(adopted.number()).as("'Kenmerk' is empty: from the title").isEqualTo("M12");
        assertThat(adopted.title()).isEqualTo("M12 Meer groen op schoolpleinen");
        assertThat(adopted.decidedOn()).as("'Feb 3 2025 12:00AM'").isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(adopted.dueDate()).as("'30-6-2025'").isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(adopted.portfolioHolder()).isEqualTo("Wethouder Voortman");
        assertThat(adopted.sourceUrl()).as("the first document that is not confidential").isEqualTo(URI.create(
                "https://api1.ibabs.eu/publicdownload.aspx?site=Voorbeeld&id=d1000000-0000-4000-8000-000000000001"));
        assertThat(motions.get(id('e', 2)).outcome()).isEqualTo(VoteOutcome.REJECTED);
        assertThat(motions.get(id('e', 2)).decidedOn()).as("'3-2-2025'").isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(motions.get(id('e', 4)).outcome()).isEqualTo(VoteOutcome.WITHDRAWN);
        assertThat(motions.get(id('e', 6)).outcome()).isEqualTo(VoteOutcome.TAKEN_OVER);

        HarvestedMotion odd = motions.get(id('e', 5));
        assertThat(odd.outcome()).as("'Staakt' is no outcome").isNull();
        assertThat(odd.decidedOn()).isNull();
        assertThat(odd.dueDate()).as("'Q3 2025' names no day").isNull();
        assertThat(odd.sourceUrl()).isNull();
    }

    @Test
    void countsTheMembersVotesPerPartyGroupAndReadsAWrittenOutVoteWhereThereAreNone() throws Exception {
        Map<String, HarvestedMotion> motions = motions(settings());

        HarvestedMotion adopted = motions.get(id('e', 1));
        assertThat(adopted).extracting(HarvestedMotion::votesFor, HarvestedMotion::votesAgainst).containsExactly(5, 2);
        assertThat(adopted.partyVotes()).extracting(PartyVote::party, PartyVote::position, PartyVote::seats)
                .as("the VVD split: no vote of its own (its members count in the totals)").containsExactly(
                        tuple("GroenLinks", VotePosition.FOR, 2), tuple("D66", VotePosition.FOR, 2),
                        tuple("PVV", VotePosition.AGAINST, 1));
        HarvestedMotion written = motions.get(id('e', 2));
        assertThat(written).extracting(HarvestedMotion::votesFor, HarvestedMotion::votesAgainst).containsExactly(12, 33);
        assertThat(written.partyVotes()).extracting(PartyVote::party).containsExactly("VVD", "D66", "GroenLinks",
                "PvdA", "CDA");
        assertThat(motions.get(id('e', 4)).votesFor()).as("iBabs refused the question: no votes").isNull();
    }

    @Test
    void splitsSponsorsHoweverTheyAreWritten() throws Exception {
        Map<String, HarvestedMotion> motions = motions(settings());

        assertThat(motions.get(id('e', 1)).sponsors()).as("surname first; co-sponsors after a semicolon")
                .containsExactly("Passier, C.E. (Charlotte) (Volt)", "Zwanenberg, P. (Pepijn) (LINK)",
                        "Sasbrink, A. (Anne) (Partij voor de Dieren)");
        assertThat(motions.get(id('e', 2)).sponsors()).containsExactly("J. Jansen (VVD)", "P. de Vries (D66)");
        assertThat(motions.get(id('e', 4)).sponsors()).containsExactly("K. Bakker (CDA)", "M. Yilmaz (DENK)");
    }

    @Test
    void pointsAtTheEntrysPageOnThePortalWhenOneIsConfigured() throws Exception {
        HarvestPage page = client.fetch(settings("portal", "https://voorbeeld.bestuurlijkeinformatie.nl"), null);

        assertThat(page.records().get(0).sourceUrl()).isEqualTo(URI.create(
                "https://voorbeeld.bestuurlijkeinformatie.nl/Reports/Item/" + id('e', 1)));
    }

    @Test
    void readsAListOfCommitments() throws Exception {
        HarvestPage page = client.fetch(settings("list", COMMITMENTS, "kind", "commitments", "from", "2026"), null);

        assertThat(page.last()).isTrue();
        assertThat(page.records()).map(HarvestedCommitment.class::cast)
                .extracting(HarvestedCommitment::number, HarvestedCommitment::status, HarvestedCommitment::dueDate)
                .containsExactly(tuple("TZ-2026-001", ItemStatus.OPEN, LocalDate.of(2026, 6, 30)),
                        tuple(null, ItemStatus.DISCHARGED, null),
                        tuple(null, ItemStatus.IN_PROGRESS, LocalDate.of(2026, 10, 1)));
        HarvestedCommitment open = (HarvestedCommitment) page.records().get(0);
        assertThat(open.text()).isEqualTo("De wethouder informeert de raad voor de zomer over de aanbesteding.");
        assertThat(open.promisedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(open.responsible()).isEqualTo("Wethouder Voortman");
        assertThat(((HarvestedCommitment) page.records().get(1)).text()).isEqualTo("Evaluatie parkeervergunningen");
        assertThat(server.requests()).noneMatch(request -> request.body().contains(VOTES));
    }

    @Test
    void namesAMissingOrWrongParameterInDutch() {
        assertThatThrownBy(() -> client.fetch(settings("site", null), null))
                .isInstanceOf(HarvestSourceException.class)
                .hasMessage("De bron iBabs mist de instelling 'site' (de naam van de iBabs-site, bijv. utrecht).");
        assertThatThrownBy(() -> client.fetch(settings("list", " "), null))
                .hasMessage("De bron iBabs mist de instelling 'list' (het id van de lijst met moties of toezeggingen).");
        assertThatThrownBy(() -> client.fetch(settings("list", "<Moties>"), null))
                .hasMessageContaining("een lijst-id (een GUID)");
        assertThatThrownBy(() -> client.fetch(settings("pageSize", "0"), null))
                .hasMessage("De instelling 'pageSize' van de bron iBabs moet een heel getal van 1 of meer zijn, niet '0'.");
        assertThatThrownBy(() -> client.fetch(settings(), "volgende"))
                .hasMessageContaining("geen iBabs-cursor");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anErrorOfTheSourceStopsThePageAndTheSameRequestWorksAfterwards() throws Exception {
        server.failOnce(request -> request.body().contains(ENTRY) && request.body().contains(id('e', 2)));

        assertThatThrownBy(() -> client.fetch(settings(), null)).isInstanceOf(HarvestSourceException.class)
                .hasMessageContaining("De bron antwoordde 503");
        assertThat(client.fetch(settings(), null).records()).hasSize(2);
    }

    @Test
    void aRefusedListStopsThePageWithIbabssMessage() {
        assertThatThrownBy(() -> client.fetch(settings("site", "elders"), null)).isInstanceOf(HarvestSourceException.class)
                .hasMessage("iBabs weigerde GetListsEntriesByFilterRequest: Site has no public access!");
    }

    @Test
    void aRefusedEntryIsLeftOutAndTheRestOfThePageRead() throws Exception {
        server.moveTo("harvest/ibabs/gone");

        assertThat(client.fetch(settings(), null).records()).extracting(HarvestedRecord::sourceId)
                .as("iBabs lists M17 (" + id('e', 7) + "), but has no entry of it").containsExactly(id('e', 1));
    }
}
