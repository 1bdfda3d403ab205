package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;
import nl.motiemonitor.importing.ReadDocument.Kind;
import nl.motiemonitor.importing.ReadDocument.Outcome;

/** Variants written for each rule of the reader, beyond the five seeds. */
class ReaderRulesTest {

    private final DocumentReader reader = new DocumentReader();

    private ReadDocument read(String text) {
        return reader.read(text);
    }

    // ------------------------------------------------------------------------------------------------ headings

    @Test
    void aParliamentaryMotionWithClausesOnTheHeadingLineAndLinesBrokenMidSentence() {
        ReadDocument d = read("""
                Tweede Kamer der Staten-Generaal
                Vergaderjaar 2019–2020
                28 638 Mensenhandel
                Nr. 183 MOTIE VAN HET LID KUIK C.S.
                Voorgesteld 5 december 2019

                De Kamer,

                gehoord de beraadslaging,

                constaterende dat exploitanten signalen van mensenhandel niet
                kunnen melden bij gemeenten;

                overwegende dat meldingen de aanpak van mensenhandel verster-
                ken;

                verzoekt de regering, in overleg met de VNG te onderzoeken hoe exploitanten
                signalen kunnen melden,

                en gaat over tot de orde van de dag.

                Kuik
                Van der Staaij
                """);
        assertThat(d.kind()).isEqualTo(Kind.MOTION);
        ReadDocument.Motion m = d.motions().get(0);
        assertThat(m.clauses()).extracting(ReadDocument.Clause::kind, ReadDocument.Clause::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClauseKind.NOTING,
                        "exploitanten signalen van mensenhandel niet kunnen melden bij gemeenten;"),
                org.assertj.core.groups.Tuple.tuple(ClauseKind.CONSIDERING,
                        "meldingen de aanpak van mensenhandel versterken;"),
                org.assertj.core.groups.Tuple.tuple(ClauseKind.REQUEST,
                        "in overleg met de VNG te onderzoeken hoe exploitanten signalen kunnen melden,"));
        assertThat(m.number().value()).isEqualTo("28638-183");
        assertThat(m.sponsors()).extracting(Sourced::value).containsExactly("Kuik", "Van der Staaij");
        assertThat(m.adoptedOn().value()).isEqualTo(LocalDate.of(2019, 12, 5));
    }

    @Test
    void bulletsDashesNumbersAndHeadingsInAnyOrderOrRepeated() {
        ReadDocument d = read("""
                Motie: Meer bankjes in het park

                Verzoekt het college:
                1. bankjes te plaatsen;
                2. de bankjes te onderhouden.

                Overwegende dat:
                • ouderen willen rusten;
                — wandelaars ook;
                - en kinderen ook.

                Overwegende dat
                het park mooi is,

                en gaat over tot de orde van de dag.

                Indieners: J. de Vries (VVD), A. Bakker (D66)
                Aangenomen
                """);
        assertThat(d.kind()).isEqualTo(Kind.MOTION);
        ReadDocument.Motion m = d.motions().get(0);
        assertThat(m.title().value()).isEqualTo("Meer bankjes in het park");
        assertThat(m.clauses()).extracting(ReadDocument.Clause::kind).containsExactly(ClauseKind.REQUEST, ClauseKind.REQUEST,
                ClauseKind.CONSIDERING, ClauseKind.CONSIDERING, ClauseKind.CONSIDERING, ClauseKind.CONSIDERING);
        assertThat(m.clauses()).extracting(ReadDocument.Clause::text).containsExactly("bankjes te plaatsen;",
                "de bankjes te onderhouden.", "ouderen willen rusten;", "wandelaars ook;", "en kinderen ook.", "het park mooi is,");
        assertThat(m.sponsors()).extracting(Sourced::value).containsExactly("J. de Vries (VVD)", "A. Bakker (D66)");
        assertThat(m.outcome().value()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void sponsorsComeFromSignaturesAndNeverFromTheLabelsOfTheSiteAfterTheMotion() {
        ReadDocument d = read("""
                Motie 166/2018: Meer groen in de wijk

                De raad, in vergadering bijeen,

                constaterende dat er weinig groen is;

                verzoekt het college meer bomen te planten,

                en gaat over tot de orde van de dag.

                Status

                Verworpen

                Voor

                GroenLinks, Partij voor de Dieren, 50PLUS

                Tegen

                VVD, CDA

                Lees onze andere moties
                """);
        ReadDocument.Motion m = d.motions().get(0);

        assertThat(m.number().value()).isEqualTo("166/2018");
        assertThat(m.title().value()).isEqualTo("Meer groen in de wijk");
        assertThat(m.sponsors()).isEmpty();
        assertThat(m.outcome().value()).isEqualTo(Outcome.REJECTED);
        assertThat(m.partiesFor()).extracting(Sourced::value).containsExactly("GroenLinks", "Partij voor de Dieren",
                "50PLUS");
        assertThat(m.partiesAgainst()).extracting(Sourced::value).containsExactly("VVD", "CDA");
    }

    @Test
    void signatoriesWithTheirPartyAndTheChairsNumberOfAKamerMotion() {
        ReadDocument d = read("""
                Motie M-168
                Titel: Fietspad langs de dijk

                De raad, in vergadering bijeen op 12 maart 2024,

                overwegende dat het fietspad onveilig is;

                verzoekt het college het fietspad te verbreden,

                en gaat over tot de orde van de dag.

                Jansen (D66)
                Pietersen (CDA)
                Voor: D66, CDA
                Tegen: PVV
                """);
        ReadDocument.Motion m = d.motions().get(0);
        assertThat(m.number().value()).isEqualTo("M-168");
        assertThat(m.title().value()).isEqualTo("Fietspad langs de dijk");
        assertThat(m.sponsors()).extracting(Sourced::value).containsExactly("Jansen (D66)", "Pietersen (CDA)");
        assertThat(m.partiesAgainst()).extracting(Sourced::value).containsExactly("PVV");

        ReadDocument kamer = read("""
                De Kamer,

                gehoord de beraadslaging,

                overwegende dat het toezicht beter moet;

                verzoekt de regering, de toezichthouder te versterken,

                en gaat over tot de orde van de dag.

                Smaling
                Van Tongeren

                Zij krijgt nr. 5 (33 959).
                """);
        assertThat(kamer.motions().get(0).number().value()).isEqualTo("33959-5");
        assertThat(kamer.motions().get(0).sponsors()).extracting(Sourced::value).containsExactly("Smaling",
                "Van Tongeren");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hierbij beschouwt het college motie 166/2018 als afgedaan. | 166/2018",
            "Hierbij beschouwt het college de motie M-168 als afgedaan. | M-168",
            "Wij beschouwen de motie RG-221/2014 van de heer Bos als afgedaan. | RG-221/2014",
            "Met deze brief is de motie van het lid Koopmans (Kamerstuk 33 959, nr. 5) afgedaan. | 33 959, nr. 5",
            "Hiermee is de motie Vliegenthart (EK 34.300 IV, P) afgedaan. | 34.300 IV, P"})
    void aLetterNamesTheMotionItAnswersByItsNumber(String sentence, String number) {
        ReadDocument d = read("Den Haag, 3 maart 2024\n\nOnderwerp: afdoening motie\n\nGeachte raad,\n\n" + sentence
                + "\n\nMet vriendelijke groet,\n\nHet college van burgemeester en wethouders\n");

        assertThat(d.motions()).extracting(motion -> motion.number() == null ? null : motion.number().value())
                .contains(number);
    }

    @Test
    void headingsMissingStillGiveTheRequest() {
        ReadDocument d = read("Motie\n\nDe raad,\n\nverzoekt het college om de straat te vegen,\n\nen gaat over tot de orde van de dag.");
        assertThat(d.motions().get(0).clauses()).extracting(ReadDocument.Clause::text).containsExactly("de straat te vegen,");
    }

    @Test
    void aRunningTextVerbIsNoHeading() {
        ReadDocument d = read("Geachte raad,\n\nTegelijkertijd constateren de deelnemers dat stigma diepgeworteld is.\n"
                + "overwegend positief waren de reacties.\n");
        assertThat(d.motions()).isEmpty();
    }

    @Test
    void footnoteMarkersGluedToWordsAreSeparated() {
        ReadDocument d = read("""
                Motie

                Overwegende dat:
                - in Utrecht¹ en Groningen² overweeghuizen zijn;
                - dit sinds vorig jaar jl.3 zo is;

                en gaat over tot de orde van de dag.

                3 Zie de brief van 1 maart 2020.
                """);
        ReadDocument.Motion m = d.motions().get(0);
        assertThat(m.clauses()).extracting(ReadDocument.Clause::text)
                .containsExactly("in Utrecht en Groningen overweeghuizen zijn;", "dit sinds vorig jaar jl. zo is;");
        assertThat(m.footnotes()).extracting(ReadDocument.Footnote::marker, ReadDocument.Footnote::anchor,
                ReadDocument.Footnote::clause, ReadDocument.Footnote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Utrecht", 0, null),
                org.assertj.core.groups.Tuple.tuple("2", "Groningen", 0, null),
                org.assertj.core.groups.Tuple.tuple("3", "jl.", 1, "Zie de brief van 1 maart 2020."));
    }

    @Test
    void numbersInTextAreNotFootnotes() {
        ReadDocument d = read("Geachte raad,\n\nHet gaat om 1,5 miljoen euro en 85 keer.\n\n28 november 2019 was het symposium.\n");
        assertThat(d.footnotes()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ header

    @Test
    void headerLabelsWithColonsAndNumericDates() {
        ReadDocument d = read("""
                Gemeente Utrecht
                Retouradres: Postbus 16200, 3500 CE Utrecht

                Aan de gemeenteraad

                Datum: 3-4-2024
                Ons kenmerk: 2024/123456
                Uw kenmerk: RV-12
                Onderwerp: Afdoening motie 'Schone straten'
                Behandeld door: P. Jansen
                Afdeling: Stadsbeheer
                Telefoon: 030 - 286 00 00
                E-mail: p.jansen@utrecht.nl
                Bijlagen: 2

                Geachte leden van de raad,

                Pagina 1 van 2

                Met vriendelijke groet,

                Het college van burgemeester en wethouders van Utrecht,
                de burgemeester,
                Sharon Dijksma
                de secretaris,
                Maarten Schurink
                """);
        assertThat(d.date().value()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(d.reference().value()).isEqualTo("2024/123456");
        assertThat(d.yourReference().value()).isEqualTo("RV-12");
        assertThat(d.subject().value()).isEqualTo("Afdoening motie 'Schone straten'");
        assertThat(d.contact().name().value()).isEqualTo("P. Jansen");
        assertThat(d.contact().unit().value()).isEqualTo("Stadsbeheer");
        assertThat(d.contact().phone().value()).isEqualTo("030 - 286 00 00");
        assertThat(d.contact().email().value()).isEqualTo("p.jansen@utrecht.nl");
        assertThat(d.attachments().value()).isEqualTo("2");
        assertThat(d.sender().value()).isEqualTo("Het college van burgemeester en wethouders van Utrecht");
        assertThat(d.signatories()).extracting(s -> s.name().value() + " / " + s.role().value())
                .containsExactly("Sharon Dijksma / de burgemeester", "Maarten Schurink / de secretaris");
        assertThat(d.motions()).singleElement().satisfies(m -> assertThat(m.title().value()).isEqualTo("Schone straten"));
    }

    @Test
    void aDateOnItsOwnLineWithAPlace() {
        ReadDocument d = read("Geachte raad,\n\nDen Haag, 12 januari 2023\n\nHierbij informeer ik u.");
        assertThat(d.date().value()).isEqualTo(LocalDate.of(2023, 1, 12));
    }

    @Test
    void aSecondDifferentValueIsWarnedAbout() {
        ReadDocument d = read("Ons kenmerk\nABC/1\n\nGeachte raad,\n\nOns kenmerk\nABC/2\n");
        assertThat(d.reference().value()).isEqualTo("ABC/1");
        assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("ABC/2"));
    }

    // ------------------------------------------------------------------------------------------------ motions in letters
    // (several motions and a reference to another: MotionMentionsTest)

    // ------------------------------------------------------------------------------------------------ discharge and promises
    // (the variants of each rule: DischargeAndPromisesTest; of each heading: ClauseHeadingsTest)

    @Test
    void claimingDischargeAndPromisingMoreIsFlagged() {
        ReadDocument d = read("Datum 10 mei 2023\n\nGeachte raad,\n\nIn het najaar ontvangt u de evaluatie.\n\n"
                + "Het college beschouwt de motie hiermee als afgedaan.\n");
        assertThat(d.claimsDischargeAndPromisesMore()).isTrue();
        assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("afdoening én belooft"));
    }

    @Test
    void aPromiseWithoutAKnownYearHasNoDueDateAndAWarning() {
        ReadDocument d = read("Geachte Kamer,\n\nIn het najaar informeer ik u over de uitkomsten.\n");
        assertThat(d.promises()).singleElement().satisfies(p -> assertThat(p.dueDate()).isNull());
        assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("geen jaar bekend"));
    }

    // ------------------------------------------------------------------------------------------------ furniture, kind

    @Test
    void pageFurnitureIsIgnored() {
        ReadDocument d = read("""
                Motie

                Overwegende dat:
                - de stad
                Pagina 1 van 2
                Retouradres: Postbus 1, 1000 AA Ergens
                groen moet zijn;

                en gaat over tot de orde van de dag.
                """);
        assertThat(d.motions().get(0).clauses()).extracting(ReadDocument.Clause::text).containsExactly("de stad groen moet zijn;");
    }

    @Test
    void textThatIsNoLetterOrMotion() {
        ReadDocument d = read("Boodschappen: melk, brood, kaas.\nNiet vergeten!");
        assertThat(d.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("Geen brief of motie herkend"));
    }
}
