package nl.motiemonitor.harvest.tweedekamer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import nl.motiemonitor.testsupport.FixtureServer;
import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedLetter;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.reading.SourceWords;
import nl.motiemonitor.shared.ItemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Kamer's Toezegging records, as the fixtures have them, read as commitments and the letters that kept them. */
class ToezeggingReaderTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void anOpenCommitmentHasItsNumberTextTermMinistryAndTheMemberItWasPromisedTo() throws IOException {
        List<HarvestedRecord> records = read("Toezegging.json", 0);

        assertThat(records).singleElement().isInstanceOfSatisfying(HarvestedCommitment.class, commitment -> {
            assertThat(commitment.number()).isEqualTo("TZ202602-101");
            assertThat(commitment.text()).startsWith("De staatssecretaris zegt toe de Kamer voor de zomer");
            assertThat(commitment.promisedOn()).isEqualTo(LocalDate.of(2026, 2, 12));
            assertThat(commitment.dueDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(commitment.status()).isEqualTo(ItemStatus.OPEN);
            assertThat(commitment.responsible()).isEqualTo("Volksgezondheid, Welzijn en Sport");
            assertThat(commitment.promisedTo()).isEqualTo("S.C. Kröger (GroenLinks-PvdA)");
            assertThat(commitment.keptByLetterSourceId()).isNull();
            assertThat(commitment.sourceUrl()).isEqualTo(
                    URI.create("https://www.tweedekamer.nl/kamerstukken/toezeggingen/detail?id=TZ202602-101"));
        });
    }

    @Test
    void theKamersNoDateIsNoTermAndAPartyGroupAloneIsNoMember() throws IOException {
        HarvestedCommitment partly = (HarvestedCommitment) read("Toezegging.json", 1).get(0);

        assertThat(partly.dueDate()).isNull();
        assertThat(partly.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(partly.promisedTo()).isNull();
    }

    @Test
    void theLetterThatKeptACommitmentComesFirstAndTheCommitmentNamesIt() throws IOException {
        List<HarvestedRecord> records = read("Toezegging-skip-2.json", 0);

        assertThat(records).hasSize(2);
        HarvestedLetter letter = (HarvestedLetter) records.get(0);
        HarvestedCommitment kept = (HarvestedCommitment) records.get(1);
        assertThat(letter.reference()).isEqualTo("2026D09876");
        assertThat(letter.title()).isEqualTo("Voortgang landelijk klachtenloket sekswerkers");
        assertThat(letter.sentOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(letter.sourceUrl().toString()).isEqualTo("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
                + "Document(d1f3b5a7-9c2e-4d6f-8a0b-000000000001)/resource");
        assertThat(kept.status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(kept.keptByLetterSourceId()).isEqualTo(letter.sourceId());
    }

    @Test
    void aLapsedCommitmentLapses() throws IOException {
        assertThat(((HarvestedCommitment) read("Toezegging-skip-2.json", 1).get(0)).status())
                .isEqualTo(ItemStatus.LAPSED);
    }

    @Test
    void aDeletedToezeggingIsADeletion() {
        JsonNode deleted = JSON.createObjectNode().put("Id", "b7e2d9c4").put("Verwijderd", true);

        assertThat(ToezeggingReader.read(deleted))
                .containsExactly(new HarvestedDeletion(HarvestedRecord.Kind.COMMITMENT, "b7e2d9c4"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"Openstaand, OPEN", "Deels afgedaan, IN_PROGRESS",
            "Deels Afgedaan, IN_PROGRESS", "Afgedaan, DISCHARGED", "Vervallen, LAPSED", "voldaan, DISCHARGED",
            "deels voldaan, IN_PROGRESS", "Onbekend, -"})
    void readsTheKamersWordForTheStatus(String word, ItemStatus status) {
        assertThat(SourceWords.commitmentStatus(word)).isEqualTo(status);
    }

    private static List<HarvestedRecord> read(String file, int index) throws IOException {
        JsonNode page = JSON.readTree(FixtureServer.read("harvest/tweedekamer", file));
        return ToezeggingReader.read(StreamSupport.stream(page.path("value").spliterator(), false).toList().get(index));
    }
}
