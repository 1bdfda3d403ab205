package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.importing.ReadDocument.ListItem;

/** Registers, trackers and decision lists read as LIST, with their entries; motions, letters and data are not. */
class ListReaderTest {

    private static Optional<List<ListItem>> read(String text) {
        return ListReader.read(text, ReadingDeadline.after(Duration.ofSeconds(5)));
    }

    private static List<ListItem> items(String text) {
        return read(text).orElseThrow(() -> new AssertionError("not read as a list"));
    }

    private static void spansPointAtTheirValues(String text, ListItem item) {
        for (Sourced<?> s : new Sourced<?>[] {item.number(), item.title(), item.status(), item.text()}) {
            if (s != null) {
                assertThat(s.source().of(text)).isEqualTo(s.value());
            }
        }
        assertThat(item.source().of(text)).contains(item.number() == null ? item.title().value() : item.number().value());
    }

    @Test
    void anIbabsTrackerEntryWithLabelsGluedToValues() {
        String text = """
                Moties

                « Terug

                ID1234
                OnderwerpMotie Groen: Meer bomen in de wijk
                NummerM12-2022
                StatusAangenomen
                IndienerJansen, P. (GL)
                PortefeuillehouderPietersen, K.
                Datum PS3/14/2022
                Stand van zaken GS01-06-2022 De bomen worden in het najaar geplant.
                Einddatum12/1/2022
                Gereed voor afdoening
                Afgedaan
                BijlageM12-2022.pdf""";

        List<ListItem> items = items(text);

        assertThat(items).hasSize(1);
        ListItem item = items.get(0);
        assertThat(item.number().value()).isEqualTo("M12-2022");
        assertThat(item.title().value()).isEqualTo("Motie Groen: Meer bomen in de wijk");
        assertThat(item.status().value()).isEqualTo("Aangenomen");
        assertThat(item.date().value()).isEqualTo(LocalDate.of(2022, 3, 14));
        assertThat(item.date().source().of(text)).isEqualTo("3/14/2022");
        assertThat(item.dueDate().value()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(item.text().value()).startsWith("01-06-2022 De bomen");
        assertThat(item.kind()).isEqualTo(ItemKind.MOTION);
        spansPointAtTheirValues(text, item);
    }

    @Test
    void aFlattenedTableWithAGluedHeaderAndMissingCells() {
        String text = """
                Moties (aangenomen)

                IDAgendapuntTitelFractie(s)Stand van zakenEinddatumPortefeuillehouderAfgedaan
                 • 12
                 • Motie VVD Fietspad langs de dijk
                 • De motie is uitgevoerd, het fietspad ligt er.
                 • 6/30/2023
                 • A. de Vries
                 • 13
                 • Motie CDA Speeltuin Noord
                 • B. Bakker
                 • 14
                 • Motie GL Groene daken
                 • Het college onderzoekt de subsidie.
                 • 3/31/2024""";

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("12", "13", "14");
        assertThat(items).extracting(i -> i.title().value())
                .containsExactly("Motie VVD Fietspad langs de dijk", "Motie CDA Speeltuin Noord", "Motie GL Groene daken");
        assertThat(items.get(0).status().value()).isEqualTo("uitgevoerd");
        assertThat(items.get(0).dueDate().value()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(items.get(1).text()).isNull();
        assertThat(items.get(1).dueDate()).isNull();
        assertThat(items.get(2).text().value()).isEqualTo("Het college onderzoekt de subsidie.");
        assertThat(items.get(2).status()).isNull();
        assertThat(items.get(2).dueDate().source().of(text)).isEqualTo("3/31/2024");
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aTableWithBarsBetweenCells() {
        String text = """
                Overzicht toezeggingen

                Nummer | Omschrijving | Datum | Status | Termijn
                T-021 | Raad informeren over de evaluatie | 12-03-2024 | Open | 01-09-2024
                T-022 | Notitie over de haven | 02-04-2024 | Afgedaan | 01-07-2024""";

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("T-021", "T-022");
        assertThat(items).extracting(ListItem::kind).containsOnly(ItemKind.COMMITMENT);
        assertThat(items.get(1).status().value()).isEqualTo("Afgedaan");
        assertThat(items.get(0).date().value()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(items.get(0).dueDate().value()).isEqualTo(LocalDate.of(2024, 9, 1));
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aBarredTableIsReadByPositionWhateverTheCellsLookLike() {
        String text = """
                Overzicht moties en toezeggingen, stand 1 maart 2024

                | Nummer | Datum raad | Onderwerp | Portefeuillehouder | Termijn | Status |
                |---|---|---|---|---|---|
                | M2023-12 | 9-11-2023 | Groene schoolpleinen | Jansen | 1-7-2024 | In uitvoering |
                | RM23/045 |  | Veilige fietsroutes | Bakker | eind 2024 | Open |""";

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("M2023-12", "RM23/045");
        assertThat(items).extracting(i -> i.title().value()).containsExactly("Groene schoolpleinen", "Veilige fietsroutes");
        assertThat(items).extracting(i -> i.status().value()).containsExactly("In uitvoering", "Open");
        assertThat(items.get(0).date().value()).isEqualTo(LocalDate.of(2023, 11, 9));
        assertThat(items.get(1).date()).isNull();
        assertThat(items.get(0).dueDate().value()).isEqualTo(LocalDate.of(2024, 7, 1));
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aTableWithTabsBetweenCellsAndATermInWords() {
        String text = "Nr.\tOnderwerp\tDatum toezegging\tPortefeuillehouder\tTermijn\tStatus\n"
                + "T-01\tNotitie over de haven\t12-03-2024\tJansen\t01-09-2024\tOpen\n"
                + "T-02\tEvaluatie subsidies\t02-04-2024\t\tQ4 2024\tAfgedaan\n";
        String normalised = TextNormaliser.normalise(text);

        List<ListItem> items = items(normalised);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("T-01", "T-02");
        assertThat(items).extracting(i -> i.title().value()).containsExactly("Notitie over de haven", "Evaluatie subsidies");
        assertThat(items).extracting(i -> i.status().value()).containsExactly("Open", "Afgedaan");
        assertThat(items.get(1).dueDate().value()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(items.get(1).dueDate().source().of(normalised)).isEqualTo("Q4 2024");
        items.forEach(i -> spansPointAtTheirValues(normalised, i));
    }

    @Test
    void aBudgetAnnexWithItsItemsDatesAndProgressInProse() {
        String text = """
                Bijlage 3 Stand van zaken moties en toezeggingen

                Moties

                M2023-04 Extra budget voor jeugdwerk
                Aangenomen op 9 november 2023. Stand van zaken: uitgevoerd; het budget is in de begroting opgenomen.

                Toezeggingen

                T2023-07 Notitie over de bibliotheek
                Toegezegd op 5 oktober 2023. Stand van zaken: afgedaan met de raadsinformatiebrief van 1 februari 2024.
                """;

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("M2023-04", "T2023-07");
        assertThat(items).extracting(ListItem::kind).containsExactly(ItemKind.MOTION, ItemKind.COMMITMENT);
        assertThat(items).extracting(i -> i.date().value()).containsExactly(LocalDate.of(2023, 11, 9), LocalDate.of(2023, 10, 5));
        assertThat(items).extracting(i -> i.status().value()).containsExactly("uitgevoerd", "afgedaan");
        assertThat(items.get(0).text().value()).startsWith("uitgevoerd; het budget");
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aDecisionListWithOutcomesAfterADashOnEachItemsLine() {
        String text = """
                Besluitenlijst van de openbare vergadering van de gemeenteraad, gehouden op 12 maart 2024

                3. Moties vreemd aan de orde van de dag
                   a. Motie M2024-05 Hondenbelasting afschaffen (VVD) - verworpen met 10 stemmen voor en 17 tegen
                   b. Motie M2024-06 Meer bankjes in het park (CDA, GL) - aangenomen met algemene stemmen
                """;

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.title().value())
                .containsExactly("Hondenbelasting afschaffen (VVD)", "Meer bankjes in het park (CDA, GL)");
        assertThat(items).extracting(i -> i.status().value()).containsExactly("verworpen", "aangenomen");
        assertThat(items).extracting(i -> i.date().value()).containsOnly(LocalDate.of(2024, 3, 12));
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aCommitmentsTermAgendaWhoseTitleIsTheCommitment() {
        String text = TextNormaliser.normalise("Nummer\tToezegging\tCommissie\tDatum\tWethouder\tAfdoening uiterlijk\t"
                + "Stand van zaken\nTZ-101\tInformeren over de planning\tRuimte\t15-01-2024\tJansen\t01-04-2024\t"
                + "Raadsinformatiebrief volgt in maart\n");

        ListItem item = items(text).get(0);

        assertThat(item.title().value()).isEqualTo("Informeren over de planning");
        assertThat(item.kind()).isEqualTo(ItemKind.COMMITMENT);
        assertThat(item.dueDate().value()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(item.text().value()).isEqualTo("Raadsinformatiebrief volgt in maart");
    }

    @Test
    void aCommitmentEntryOfATracker() {
        String text = """
                T-031

                Jeugdzorg in de wijk

                Status

                Na de zomer ontvangt de raad een raadsinformatiebrief.

                Toezegging

                Wethouder Jansen zegt toe de raad te informeren over de wachtlijsten.

                Ophalen gegevens""";

        ListItem item = items(text).get(0);

        assertThat(item.kind()).isEqualTo(ItemKind.COMMITMENT);
        assertThat(item.number().value()).isEqualTo("T-031");
        assertThat(item.title().value()).isEqualTo("Jeugdzorg in de wijk");
        assertThat(item.status().value()).isEqualTo("Na de zomer ontvangt de raad een raadsinformatiebrief.");
        assertThat(item.text().value()).startsWith("Wethouder Jansen zegt toe");
        spansPointAtTheirValues(text, item);
    }

    @Test
    void aDecisionListWithAMotionAndItsOutcome() {
        String text = """
                Besluitenlijst gemeenteraad 12 maart 2024

                1. Rv Begroting (R24.000001)

                De raad heeft unaniem besloten.

                2. Motie 2024M05 Motie Meer groen op het plein CDA, VVD

                De raad heeft de motie met een meerderheid van de stemmen aangenomen.

                3. Rv Vaststelling bestemmingsplan (R24.000002)

                De raad heeft het voorstel verworpen.""";

        List<ListItem> items = items(text);

        assertThat(items).hasSize(1);
        ListItem item = items.get(0);
        assertThat(item.number().value()).isEqualTo("2024M05");
        assertThat(item.title().value()).isEqualTo("Motie Meer groen op het plein CDA, VVD");
        assertThat(item.status().value()).isEqualTo("aangenomen");
        assertThat(item.date().value()).isEqualTo(LocalDate.of(2024, 3, 12));
        spansPointAtTheirValues(text, item);
    }

    @Test
    void codeLinesOfAMeetingsMotions() {
        String text = """
                Provinciale Staten woensdag 5 juni 2024

                Besluit

                Moties

                Titel
                M012. Schone lucht voor iedereen
                M013. Geen windmolens in het natuurgebied
                M014. Betaalbaar openbaar vervoer""";

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value()).containsExactly("M012", "M013", "M014");
        assertThat(items.get(1).title().value()).isEqualTo("Geen windmolens in het natuurgebied");
        assertThat(items).extracting(i -> i.date().value()).containsOnly(LocalDate.of(2024, 6, 5));
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aKamerListOfMotionsVotedOn() {
        String text = """
                Stemmingen moties Wonen

                Aan de orde zijn de stemmingen over moties, ingediend bij het debat over wonen,

                te weten:

                 • -de motie-De Jong over huren bevriezen (36000-XXII, nr. 11);
                 • -de motie-De Jong/Peters over meer sociale huur (36000-XXII, nr. 12);
                 • -de motie-Peters over starters (36000-XXII, nr. 13).

                In stemming komt de motie-De Jong (36000-XXII, nr. 11).

                De voorzitter:
                Ik constateer dat deze motie is verworpen.""";

        List<ListItem> items = items(text);

        assertThat(items).extracting(i -> i.number().value())
                .containsExactly("36000-XXII, nr. 11", "36000-XXII, nr. 12", "36000-XXII, nr. 13");
        assertThat(items.get(0).title().value()).isEqualTo("motie-De Jong over huren bevriezen");
        assertThat(items.get(0).status().value()).isEqualTo("verworpen");
        assertThat(items.get(1).status()).isNull();
        items.forEach(i -> spansPointAtTheirValues(text, i));
    }

    @Test
    void aMotionWithAStatusLineIsNoList() {
        assertThat(read("""
                Motie Meer bomen

                De raad, in vergadering bijeen op 6 juli 2022,

                Constaterende dat:
                - er weinig bomen zijn;

                Verzoekt het college:
                - meer bomen te planten.

                En gaat over tot de orde van de dag.

                Status

                Aangenomen

                Voor

                GL, PvdA""")).isEmpty();
    }

    @Test
    void aRegisteredMotionWithoutFollowUpIsNoList() {
        assertThat(read("""
                Moties
                MO03 motie GL Bomen in de wijk
                - ID
                - 470
                - Titel
                - MO03 motie GL Bomen in de wijk
                - Status
                - Aangenomen
                - Toelichting
                - Verzoekt het college: - meer bomen te planten.
                - Einddatum
                - Stand van zaken
                - Afgedaan
                - Datum afdoening""")).isEmpty();
    }

    @Test
    void aLetterCitingMotionsIsNoList() {
        assertThat(read("""
                Geachte voorzitter,

                Met deze brief informeer ik u over de uitvoering van de volgende moties:
                 • de motie-Van Dam over jeugdzorg (31839, nr. 100);
                 • de motie-Van Dam over wachtlijsten (31839, nr. 101);
                 • de motie-Peters over de wijkteams (31839, nr. 102).

                Datum 3 mei 2024
                Onderwerp Stand van zaken moties jeugdzorg

                Hoogachtend,

                de minister""")).isEmpty();
    }

    @Test
    void dataSamplesAreNoList() {
        assertThat(read("""
                {"data": [{"Titel": "Motie bomen", "Status": "Aangenomen", "Termijn afdoening": "2024-01-01",
                  "Nummer": "M12", "Stand van zaken": "In uitvoering"}]}""")).isEmpty();
        assertThat(read("""
                <soap:Envelope><soap:Body><GetListEntryResponse><Key>Status</Key><Value>Motie verworpen</Value>
                <Key>Deadline</Key><Value></Value></GetListEntryResponse></soap:Body></soap:Envelope>""")).isEmpty();
        assertThat(read("")).isEmpty();
    }
}
