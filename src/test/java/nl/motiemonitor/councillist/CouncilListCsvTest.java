package nl.motiemonitor.councillist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.motiemonitor.table.TableFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The council's list as CSV: the table module's writer, given the list {@link CouncilListTable#flat() flat}. */
class CouncilListCsvTest {

    @Test
    void startsWithAByteOrderMarkAndUsesSemicolonsAndCrlf() {
        byte[] csv = csv(SampleTables.small());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Groep;Nr.;Onderwerp;Datum raad;Portefeuillehouder;Stand van zaken;Sinds vorige lijst\r\n")
                .endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("a line break only inside a quoted cell").doesNotContain("\r");
    }

    @Test
    void readsBackToTheSameCellsWithSemicolonsQuotesNewlinesAndAccents() throws IOException {
        CouncilListTable table = SampleTables.small();
        List<List<String>> records = parse(csv(table));

        List<List<String>> expected = new ArrayList<>();
        expected.add(table.flat().headings());
        for (CouncilListTable.Group group : table.groups()) {
            for (CouncilListTable.Row row : group.rows()) {
                List<String> line = new ArrayList<>();
                line.add(group.name());
                line.addAll(row.texts());
                line.add(row.mark() == null ? "" : row.mark());
                expected.add(line);
            }
        }
        assertThat(records).isEqualTo(expected);
        assertThat(records.get(2)).contains("Fietspad \"langs\" de dijk", "Wethouder Ëmre Çelik", "Brief volgt\nvóór de zomer",
                "gewijzigd");
        assertThat(records.get(1)).contains("Meer groen in de wijk; ook bij scholen");
    }

    @Test
    void defusesCellsThatExcelWouldRunAsFormulas() throws IOException {
        List<List<String>> records = parse(csv(SampleTables.hostile()));
        assertThat(records.get(2).get(2)).isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
        assertThat(records.get(1).get(1)).isEqualTo("M-1 " + SampleTables.SCRIPT);
        assertThat(records.get(1).get(3)).isEqualTo("<em>nieuw</em>");
    }

    @Test
    void anEmptyListIsOnlyTheHeader() throws IOException {
        assertThat(parse(csv(SampleTables.longList(0)))).hasSize(1);
    }

    private static byte[] csv(CouncilListTable table) {
        return TableFormat.CSV.write(table.flat());
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        return format.parse(new StringReader(text.substring(1))).stream().map(CSVRecord::toList).toList();
    }
}
