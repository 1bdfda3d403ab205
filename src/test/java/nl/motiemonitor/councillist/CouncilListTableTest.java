package nl.motiemonitor.councillist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.motiemonitor.councillist.CouncilListTable.Group;
import nl.motiemonitor.councillist.CouncilListTable.Row;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import org.junit.jupiter.api.Test;

class CouncilListTableTest {

    @Test
    void everyRowHasOneCellPerColumn() {
        assertThatThrownBy(() -> new CouncilListTable("Lijst", "Raad", "", List.of("Nr.", "Onderwerp"),
                List.of(new Group("Moties", List.of(Row.of(List.of("M-1")))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells").hasMessageContaining("2 columns");
    }

    @Test
    void aMissingCellIsEmptyAndABlankMarkIsNone() {
        Row row = Row.of(Arrays.asList("M-1", null), " ");
        assertThat(row.texts()).containsExactly("M-1", "");
        assertThat(row.mark()).isNull();
        assertThat(Row.of(List.of("M-1"), " nieuw ").mark()).isEqualTo("nieuw");
    }

    @Test
    void isOneTableForExcelAndCsvWithTheGroupFirstAndTheMarkLast() {
        Table flat = SampleTables.small().flat();
        assertThat(flat.title()).isEqualTo("Lijst van moties en toezeggingen");
        assertThat(flat.subtitle()).isEqualTo("Gemeenteraad Utrecht — Stand per 5 december 2026");
        assertThat(flat.headings()).containsExactly("Groep", "Nr.", "Onderwerp", "Datum raad", "Portefeuillehouder",
                "Stand van zaken", "Sinds vorige lijst");
        assertThat(flat.rows()).hasSize(4);
        assertThat(flat.rows().get(3)).extracting(Cell::text).containsExactly("Toezeggingen", "TZ-2026-07",
                "Raad informeren over de pilot", "2-4-2026", "Burgemeester", "Voorjaar 2027", "");
        assertThat(new CouncilListTable("Lijst", "", "Stand", List.of("Nr."), null).flat().subtitle()).isEqualTo("Stand");
        assertThat(new CouncilListTable("Lijst", "Raad", "", List.of("Nr."), null).flat().subtitle()).isEqualTo("Raad");
    }

    @Test
    void needsATitleAndColumns() {
        assertThatThrownBy(() -> new CouncilListTable(" ", "", "", List.of("Nr."), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CouncilListTable("Lijst", "", "", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTheRowsOfAllGroups() {
        assertThat(SampleTables.small().rowCount()).isEqualTo(4);
        assertThat(SampleTables.longList(130).rowCount()).isEqualTo(130);
        assertThat(new CouncilListTable("Lijst", null, null, List.of("Nr."), null).rowCount()).isZero();
    }

    @Test
    void isNotChangedByChangesToTheListsItWasMadeFrom() {
        List<String> cells = new ArrayList<>(List.of("M-1"));
        List<Row> rows = new ArrayList<>(List.of(Row.of(cells)));
        CouncilListTable table = new CouncilListTable("Lijst", "", "", List.of("Nr."), List.of(new Group("Moties", rows)));
        cells.set(0, "M-2");
        rows.clear();
        assertThat(table.groups().get(0).rows()).singleElement()
                .satisfies(row -> assertThat(row.texts()).containsExactly("M-1"));
        assertThatThrownBy(() -> table.groups().get(0).rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
