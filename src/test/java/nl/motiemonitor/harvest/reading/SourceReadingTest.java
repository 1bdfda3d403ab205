package nl.motiemonitor.harvest.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;

/** The words, dates, names and votes as Notubiz and iBabs write them. */
class SourceReadingTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "2026-01-22 00:00:00, 2026-01-22", "2026-07-16T14:33:45.457, 2026-07-16", "29-1-2026, 2026-01-29",
            "'Jan 29 2026 12:00AM', 2026-01-29", "'May 5 2025 12:00AM', 2025-05-05", "30 september 2026, 2026-09-30",
            "30 September 2026, 2026-09-30", "31-02-2026, -", "'Q2 2025', -", "'voor de zomer', -", "'', -"})
    void readsTheDatesSourcesWrite(String written, LocalDate day) {
        assertThat(SourceDates.parse(written)).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Aangenomen, ADOPTED", "Motie verworpen, REJECTED", "'ingetrokken, niet aangenomen', WITHDRAWN",
            "Niet aangenomen, REJECTED", "Amendement aangehouden, HELD", "Overgenomen door het college, TAKEN_OVER",
            "Aangenomen zonder stemming, ADOPTED_WITHOUT_VOTE", "Hamerstuk, ADOPTED_WITHOUT_VOTE",
            "Met algemene stemmen aangenomen, ADOPTED", "Oannommen, ADOPTED", "Fersmiten, REJECTED",
            "'gelijke stemming - wordt opnieuw in stemming gebracht', -", "Staakt, -", "Onaangenomen, -"})
    void readsTheOutcomeAPhraseNames(String phrase, VoteOutcome outcome) {
        assertThat(SourceWords.outcome(phrase)).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Openstaand, OPEN", "Niet afgedaan, OPEN", "Deels afgedaan, IN_PROGRESS", "In behandeling, IN_PROGRESS",
            "Afdoening voorgesteld, DISCHARGE_PROPOSED", "Afgedaan, DISCHARGED", "Voldaan, DISCHARGED",
            "Vervallen, LAPSED", "Onbekend, -"})
    void readsTheStatusOfACommitment(String phrase, ItemStatus status) {
        assertThat(SourceWords.commitmentStatus(phrase)).isEqualTo(status);
    }

    @Test
    void tellsAnAmendmentByItsTypeElseByHowItsTitleStarts() {
        assertThat(SourceWords.amendment("Amendement", "Dekking uit de reserve")).isTrue();
        assertThat(SourceWords.amendment(null, "15-A-1 Amendement - GL PvdA - Geotechnisch onderzoek")).isTrue();
        assertThat(SourceWords.amendment(null, "Amendement: geen bezuiniging")).isTrue();
        assertThat(SourceWords.amendment(null, "Motie over het amendement van de VVD")).isFalse();
        assertThat(SourceWords.amendment("Motie vreemd aan de orde", "Amendement op de begroting")).isFalse();
    }

    @Test
    void splitsNamesButNotInsideParenthesesOrBetweenASurnameAndItsInitials() {
        assertThat(NameLists.split("Van den Berg en De Jong")).containsExactly("Van den Berg", "De Jong");
        assertThat(NameLists.split("J. Bos (Leefbaar, Sociaal en Groen); K. Kok")).containsExactly(
                "J. Bos (Leefbaar, Sociaal en Groen)", "K. Kok");
        assertThat(NameLists.split("Jansen, J.P., De Vries, P.")).containsExactly("Jansen, J.P.", "De Vries, P.");
        assertThat(NameLists.split("  ")).isEmpty();
    }

    @Test
    void readsAVoteWrittenOut() {
        VoteTally rest = VoteTally.read("Stemmen voor: 27 - overige fracties\nStemmen tegen: 10 PVV en SP");
        assertThat(rest.votesFor()).isEqualTo(27);
        assertThat(rest.partyVotes()).containsExactly(new PartyVote("PVV", VotePosition.AGAINST, null),
                new PartyVote("SP", VotePosition.AGAINST, null));

        VoteTally counted = VoteTally.read("Tegen (7): PA, CU");
        assertThat(counted.votesAgainst()).isEqualTo(7);
        assertThat(counted.votesFor()).isNull();
        assertThat(counted.partyVotes()).extracting(PartyVote::party).containsExactly("PA", "CU");

        assertThat(VoteTally.read("Met algemene stemmen")).isEqualTo(VoteTally.NONE);
    }

    @Test
    void readsHtmlAsLinesOfText() {
        assertThat(SourceText.plain("<p>Stemmen voor:&nbsp;23</p>\n<p>Tegen: 7 PA &amp; CU</p><p> </p>"))
                .isEqualTo("Stemmen voor: 23\nTegen: 7 PA & CU");
        assertThat(SourceText.plain("<p></p>")).isNull();
    }
}
