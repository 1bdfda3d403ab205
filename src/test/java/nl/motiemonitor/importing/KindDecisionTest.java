package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.motiemonitor.importing.ReadDocument.Kind;

class KindDecisionTest {

    private static Kind kind(String text) {
        FirstStages first = StageTexts.first(text);
        ListReader.Found list = ListReader.find(first.ctx().t, first.ctx().deadline);
        return KindDecision.kind(first.ctx(), first.motionDocument(), first.header(), first.closing(), first.clauses(),
                first.header().date(), !list.items().isEmpty(), list.registered());
    }

    @Test
    void aMotionDocumentIsAMotion() {
        assertThat(kind("Motie\n\nOverwegende dat het gras groen is;\n\nen gaat over tot de orde van de dag.\n"))
                .isEqualTo(Kind.MOTION);
    }

    @Test
    void aMotionsOwnFormWithOnderwerpAndBetreftFieldsIsStillAMotion() {
        assertThat(kind("Motie over het gras\n\nBetreft : gras\n\nOnderwerp: beheer\n\nDe raad,\n\n"
                + "Overwegende dat het gras groen is;\n\nVerzoekt het college het te maaien,\n\n"
                + "en gaat over tot de orde van de dag.\n\nJ. Jansen\n")).isEqualTo(Kind.MOTION);
    }

    @Test
    void aMotionSignedOnBehalfOfItsGroupIsStillAMotion() {
        assertThat(kind("Motie 24 - Jongerenwerk\n\nDe raad,\n\nverzoekt het college twee jongerenwerkers aan te stellen,\n\n"
                + "en gaat over tot de orde van de dag.\n\nNamens de fractie van D66,\nP. Pieters\n")).isEqualTo(Kind.MOTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Geachte raad,\n\nHet weer is mooi.\n",
            "Geacht college,\n\nWij hebben vragen.\n",
            "Den Haag, 31 maart 2026\n\nTekst.\n",
            "Onderwerp: motie\n\nKenmerk: 2024/12\n\nOverwegende dat het gras groen is;\n",
            "Vervolgbrief over de huisvesting\n\nDatum: 5 juli 2021\n\nIn deze brief lichten wij het vervolg toe.\n"})
    void aLetterIsKnownByAPartOnlyLettersHaveOrByTwoOfItsParts(String text) {
        assertThat(kind(text)).isEqualTo(Kind.LETTER);
    }

    @Test
    void minutesWithADateAndAParaphrasedMotionAreNoLetter() {
        assertThat(kind("27 februari 2019\n\nBesluiten\n\nDe fractie heeft een motie ingediend waarbij het bestuur "
                + "wordt opgeroepen:\n\n • afspraken te maken;\n • het bestuur mee te nemen.\n\n"
                + "De motie wordt door alle leden aangenomen.\n")).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void aRegisterIsAListEvenWithAMotionsDictumInIt() {
        assertThat(kind("NummerM104-2021\nOnderwerpMotie over zon\nStatusAangenomen\nDatum PS7/5/2021\n"
                + "Draagt het college op:\n• een kaart te maken\nStand van zaken GSIn uitvoering\nEinddatum12/30/2022\n"))
                .isEqualTo(Kind.LIST);
    }

    @Test
    void structuredDataIsUnknown() {
        assertThat(kind("{\"Id\":\"1a\",\"Soort\":\"Motie\",\"Titel\":\"verzoekt de regering\",\"Besluit\":[{\"x\":1}]}"))
                .isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void clausesWithoutAMotionOrLetterAroundThemAreAMotion() {
        assertThat(kind("Overwegende dat het gras groen is;\n")).isEqualTo(Kind.MOTION);
        assertThat(kind("Boodschappen: melk, brood, kaas.\nNiet vergeten!")).isEqualTo(Kind.UNKNOWN);
    }
}
