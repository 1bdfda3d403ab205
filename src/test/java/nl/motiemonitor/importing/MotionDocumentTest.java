package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Outcome;

class MotionDocumentTest {

    private static final String MOTION = """
            Motie nr. 12
            Titel: Groen in de wijk

            De raad van Ergens, in vergadering bijeen op 9 april 2026,

            Overwegende dat het gras groen is;

            en gaat over tot de orde van de dag.

            Jansen (GL)
            De Boer (PvdA)

            Aangenomen
            Voor: GL, PvdA
            Tegen: VVD
            """;

    private static MotionDocument document(String text) {
        return StageTexts.first(text).motionDocument();
    }

    @Test
    void theLinesAroundTheClausesDescribeTheMotion() {
        MotionDocument document = document(MOTION);
        assertThat(document.is()).isTrue();
        MotionDraft m = new MotionDraft();
        m.block = 0;
        List<MotionDraft> motions = new ArrayList<>(List.of(m));
        document.read(motions);
        assertThat(m.number.value()).isEqualTo("12");
        assertThat(m.title.value()).isEqualTo("Groen in de wijk");
        assertThat(m.adoptedOn.value()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(m.sponsors).extracting(Sourced::value).containsExactly("Jansen (GL)", "De Boer (PvdA)");
        assertThat(m.outcome.value()).isEqualTo(Outcome.ADOPTED);
        assertThat(m.partiesFor).extracting(Sourced::value).containsExactly("GL", "PvdA");
        assertThat(m.partiesAgainst).extracting(Sourced::value).containsExactly("VVD");
        assertThat(MOTION.substring(m.partiesAgainst.get(0).source().start(), m.partiesAgainst.get(0).source().end()))
                .isEqualTo("VVD");
    }

    @Test
    void aRegisterEntryGivesTitleOutcomeAndVotePerPartyInItsBulletedLabelsAndGluedVote() {
        String text = """
                Moties
                - ID
                - 469
                - Datum
                - 04-12-2025
                - Titel
                - MO01 motie vreemd - trammalant om de dakrand
                - Status
                - Aangenomen
                - Toelichting
                - Verzoekt het college:
                - het raadsvoorstel uit te voeren;
                - Stemmen
                - voorCDA (3), CU-SGP (1), VVD (9)
                - tegenPVV (2)
                """;
        ReadDocument read = new DocumentReader().read(text);

        assertThat(read.kind()).isEqualTo(ReadDocument.Kind.MOTION);
        ReadDocument.Motion m = read.motions().get(0);
        assertThat(m.title().value()).isEqualTo("MO01 motie vreemd - trammalant om de dakrand");
        assertThat(m.outcome().value()).isEqualTo(Outcome.ADOPTED);
        assertThat(m.partiesFor()).extracting(Sourced::value).containsExactly("CDA", "CU-SGP", "VVD");
        assertThat(m.partiesAgainst()).extracting(Sourced::value).containsExactly("PVV");
        assertThat(m.partiesFor().get(1).source().of(read.text())).isEqualTo("CU-SGP");
        assertThat(read.date().value()).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void anOutcomeToldInASentenceAfterTheMotion() {
        String text = "Motie over het gras\n\nDe raad,\n\nverzoekt het college het gras te maaien,\n\n"
                + "en gaat over tot de orde van de dag.\n\nDe motie wordt door alle aanwezige leden aangenomen.\n";
        ReadDocument.Motion m = new DocumentReader().read(text).motions().get(0);

        assertThat(m.outcome().value()).isEqualTo(Outcome.ADOPTED);
        assertThat(m.outcome().source().of(text)).isEqualTo("aangenomen");
    }

    @Test
    void aKamerstuksNumberIsItsDossierAndNumberAndItsProposalDateIsNoTitle() {
        String text = """
                36 547

                Nr. 31

                MOTIE VAN DE LEDEN JANSEN EN DE VRIES

                Voorgesteld 5 juni 2025

                De Kamer,

                gehoord de beraadslaging,

                verzoekt de regering meer te controleren,

                en gaat over tot de orde van de dag.
                """;
        ReadDocument read = new DocumentReader().read(text);
        ReadDocument.Motion m = read.motions().get(0);

        assertThat(m.number().value()).isEqualTo("36547-31");
        assertThat(m.number().source().of(text)).isEqualTo("31");
        assertThat(m.title()).isNull();
        assertThat(read.date().value()).isEqualTo(LocalDate.of(2025, 6, 5));
    }

    @Test
    void aPublicationsTableLineGivesTheNumberBeforeTheDossierLineAndBothMakeTheKamerstukNumber() {
        String text = """
                Kamerstuk

                Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer
                Tweede Kamer der Staten-Generaal2015-201631710 nr. 56

                31 710 Deltaprogramma

                Nr. 56 MOTIE VAN DE LEDEN JANSEN EN DE VRIES

                Voorgesteld 7 juli 2016

                De Kamer,

                gehoord de beraadslaging,

                verzoekt de regering, de werkgroep te ondersteunen;

                verzoekt de regering tevens, regelmatig aan de Kamer te rapporteren,

                en gaat over tot de orde van de dag.
                """;
        ReadDocument.Motion m = new DocumentReader().read(text).motions().get(0);

        assertThat(m.number().value()).isEqualTo("31710-56");
        assertThat(m.number().source().of(text)).isEqualTo("56");
    }

    @Test
    void severalMotionsInOneHandelingenEachWithItsNumberSponsorsAndOutcome() {
        String text = """
                De heer Jansen (GL):
                Voorzitter. Ik heb twee moties.

                Motie

                De Kamer,

                gehoord de beraadslaging,

                constaterende dat de treinen vol zitten;

                verzoekt de regering, meer treinen in te zetten,

                en gaat over tot de orde van de dag.

                Jansen

                Zij krijgt nr. 22 (30196).

                Motie

                De Kamer,

                gehoord de beraadslaging,

                overwegende dat fietsen gezond is;

                verzoekt de regering, fietsen te stimuleren,

                en gaat over tot de orde van de dag.

                Jansen
                De Vries

                Zij krijgt nr. 23 (30196).

                De voorzitter:
                Ik constateer dat de motie-Jansen (30196, nr. 22) is aangenomen.
                """;
        List<ReadDocument.Motion> motions = new DocumentReader().read(text).motions();

        assertThat(motions).extracting(m -> m.number().value()).containsExactly("30196-22", "30196-23");
        assertThat(motions.get(0).sponsors()).extracting(Sourced::value).containsExactly("Jansen");
        assertThat(motions.get(1).sponsors()).extracting(Sourced::value).containsExactly("Jansen", "De Vries");
        assertThat(motions.get(0).outcome().value()).isEqualTo(Outcome.ADOPTED);
        assertThat(motions.get(1).outcome()).isNull();
        assertThat(motions).allSatisfy(m -> assertThat(m.clauses()).hasSize(2));
    }

    @Test
    void aLetterAboutAMotionIsNoMotionDocument() {
        assertThat(document("Geachte raad,\n\nDe motie luidt als volgt:\n\nOverwegende dat het gras groen is;\n").is())
                .isFalse();
        assertThat(document("Het weer is mooi.\n").is()).isFalse();
    }
}
