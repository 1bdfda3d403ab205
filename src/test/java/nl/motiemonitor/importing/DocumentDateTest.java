package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDateTest {

    private static Optional<Sourced<LocalDate>> find(String text) {
        return DocumentDate.find(text, ReadingDeadline.after(Duration.ofSeconds(5)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "De gemeenteraad in vergadering bijeen op 2 november 2017|2017-11-02|2 november 2017",
            "Provinciale Staten van Flevoland in vergadering bijeen op: 16-01-2013|2013-01-16|16-01-2013",
            "De raad van de gemeente Venray, in openbare vergadering bijeen op dinsdag 18 september 2018,|2018-09-18|18 september 2018",
            "Raadsvergadering van 14 februari 2019|2019-02-14|14 februari 2019",
            "Raadsvergadering: 7 november 2022|2022-11-07|7 november 2022",
            "De gemeenteraad van Ergens, bijeen op 7 november 2022,|2022-11-07|7 november 2022",
            "Voorgesteld 7 juli 2016|2016-07-07|7 juli 2016",
            "Datum PS : 28 juni 2023|2023-06-28|28 juni 2023",
            "Raadzaal/Heijezaal - Datum\\n- 04-12-2025|2025-12-04|04-12-2025",
            "- Datum\\n\\n- 12/30/2022|2022-12-30|12/30/2022"})
    void theDateTheDocumentStatesForItself(String text, String date, String source) {
        String t = text.replace("\\n", "\n");

        Sourced<LocalDate> found = find("Motie\n\n" + t + "\n\nconstaterende dat het zo is;").orElseThrow();

        assertThat(found.value()).isEqualTo(date);
        assertThat(found.source().of("Motie\n\n" + t)).isEqualTo(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "In de motie die de raad in zijn vergadering van vorige maand aannam, vroeg hij om een brief.",
            "Op 3 maart 2020 nam de raad de motie aan; voorgesteld wordt om deze af te doen.",
            "Einddatum\n- 30-06-2020",
            "Datum afdoening\n- 10-11-2022",
            "- Datum\n- de motie van 4 april 2019 is uitgevoerd",
            "Uit de vergadering van de commissie kwam het voorstel, dat op 1 mei 2020 werd besproken.",
            "De raad heeft in zijn vergadering van 12 maart 2020 de motie aangenomen."})
    void aCitedDateOrADueDateIsNot(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"30/12/2022,2022-12-30", "12/30/2022,2022-12-30", "7-5-2021,2021-05-07", "7/5/2021,2021-05-07"})
    void slashedDatesAreDutchUnlessTheyCannotBe(String written, String date) {
        assertThat(DutchDateText.firstDate(written).orElseThrow().date()).isEqualTo(date);
    }
}
