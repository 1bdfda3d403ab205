package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.motiemonitor.importing.ReadDocument.Discharge;
import nl.motiemonitor.importing.ReadDocument.Promise;

class DischargeAndPromisesTest {

    private static ReadingContext ctx;

    private static List<Sentence> sentences(String text) {
        ctx = StageTexts.marked(text);
        return Prose.sentences(ctx);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Het college beschouwt de motie hiermee als afgedaan.|CLAIMED",
            "Hiermee is de motie afgedaan.|CLAIMED",
            "Met deze brief is de toezegging uitgevoerd.|CLAIMED",
            "Hiermee doe ik mijn toezegging gestand.|CLAIMED",
            "Wij stellen u voor de motie als afgedaan te beschouwen.|CLAIMED",
            "Het college beschouwt de motie nog niet als afgedaan.|NOT_DISCHARGED",
            "De motie is daarmee nog niet uitgevoerd.|NOT_DISCHARGED",
            "Het onderzoek loopt vertraging op; wij vragen een nieuwe termijn.|POSTPONED",
            "Het lukt ons niet om de motie tijdig uit te voeren.|POSTPONED",
            "Ik deel u mede dat het niet mogelijk is deze motie binnen de gestelde termijn te beantwoorden.|POSTPONED",
            "Met deze brief informeren wij u over de voortgang.|PROGRESS",
            "In deze motie wordt de regering verzocht de Kamer halfjaarlijks te informeren over de voortgang.|NONE",
            "De motie verzoekt de regering de termijn te verlengen.|NONE",
            "Hiermee is uitvoering gegeven aan de motie.|CLAIMED",
            "Hiermee beschouwen wij de toezegging als nagekomen.|CLAIMED",
            "De motie kan hiermee worden afgedaan.|CLAIMED",
            "Met deze informatie is de toezegging afgedaan.|CLAIMED",
            "Wij stellen voor de motie als afgehandeld te beschouwen.|CLAIMED",
            "Wij zien geen mogelijkheid de motie uit te voeren.|NOT_DISCHARGED",
            "Het college besluit de motie niet uit te voeren.|NOT_DISCHARGED",
            "Voert u de motie niet uit?|NONE",
            "Wij houden u op de hoogte van de verdere uitvoering.|PROGRESS",
            "De beantwoording schuiven wij op naar het derde kwartaal van 2024.|POSTPONED",
            "Gedeputeerde Staten geven graag uitvoering aan deze motie.|NONE",
            "Het weer was mooi.|NONE"})
    void dischargeVariants(String sentence, Discharge expected) {
        List<Sentence> prose = sentences("Geachte raad,\n\n" + sentence + "\n");
        Sourced<Discharge> discharge = new DischargeAndPromises(ctx).discharge(prose);
        assertThat(discharge == null ? Discharge.NONE : discharge.value()).isEqualTo(expected);
    }

    @Test
    void notDischargedAnywhereWinsAndTheSentenceIsTheSource() {
        List<Sentence> prose = sentences("Hiermee is de motie afgedaan. De toezegging is nog niet afgerond.\n");
        Sourced<Discharge> discharge = new DischargeAndPromises(ctx).discharge(prose);
        assertThat(discharge.value()).isEqualTo(Discharge.NOT_DISCHARGED);
        assertThat(ctx.t.substring(discharge.source().start(), discharge.source().end()))
                .isEqualTo("De toezegging is nog niet afgerond.");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "In het voorjaar van 2021 wordt de raad geïnformeerd.|2021-06-20",
            "Wij verwachten de motie in het eerste kwartaal van 2024 af te doen.|2024-03-31",
            "Voor de zomer van 2022 ontvangt u de evaluatie.|2022-06-20",
            "Na de zomer informeren wij u over de uitkomsten.|2023-12-20",
            "In het najaar sturen wij u de rapportage.|2023-12-20",
            "In het eerste kwartaal van 2024 ontvangt u een voortgangsbrief.|2024-03-31",
            "In het tweede kwartaal zal het college u informeren.|2023-06-30",
            "In het eerste half jaar van 2021 wordt u geïnformeerd.|2021-06-30",
            "In september 2023 ontvangt u de rapportage.|2023-09-30",
            "In maart informeren wij u over de uitkomst.|2024-03-31",
            "Eind 2025 volgt een evaluatie.|2025-12-31",
            "Later dit jaar komen wij hierop terug.|2023-12-31",
            "Uiterlijk 1 juli 2024 ontvangt u het plan.|2024-07-01"})
    void promisesWithDueDates(String sentence, String due) {
        List<Sentence> prose = sentences("Geachte raad,\n\n" + sentence + "\n");
        List<Promise> promises = new DischargeAndPromises(ctx).promises(prose, LocalDate.of(2023, 5, 10));
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(sentence);
            assertThat(p.dueDate()).isEqualTo(LocalDate.parse(due));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hierbij informeer ik u over de afdoening.",
            "Bij brief van 28 maart 2018 hebben wij u hierover geïnformeerd.",
            "In mijn brief van 28 juni 2019 heb ik toegezegd u te informeren.",
            "Het college informeert de raad over de afdoening als volgt.",
            "De huiskamer zal tot 31 maart worden geopend."})
    void noPromise(String sentence) {
        List<Sentence> prose = sentences("Geachte raad,\n\n" + sentence + "\n");
        assertThat(new DischargeAndPromises(ctx).promises(prose, LocalDate.of(2023, 5, 10))).isEmpty();
    }

    @Test
    void anAnaphorTakesTheSentenceBeforeAndWithoutAYearThereIsAWarning() {
        List<Sentence> prose = sentences("Het plan is klaar. Hierover informeren wij u in het najaar.\n");
        List<Promise> promises = new DischargeAndPromises(ctx).promises(prose, null);
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Het plan is klaar. Hierover informeren wij u in het najaar.");
            assertThat(p.dueDate()).isNull();
        });
        assertThat(ctx.warnings).extracting(ReaderMessage::code).containsExactly("reader.warning.noYear");
    }
}
