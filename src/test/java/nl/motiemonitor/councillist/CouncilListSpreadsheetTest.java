package nl.motiemonitor.councillist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.table.TableFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The council's list as an Excel sheet: the table module's writer, given the list {@link CouncilListTable#flat() flat}. */
class CouncilListSpreadsheetTest {

    private static final int HEADER_ROW = 2;

    @Test
    void hasTheTitleTheSubtitleTheHeaderAndEveryRow() throws IOException {
        CouncilListTable table = SampleTables.small();
        try (XSSFWorkbook workbook = read(xlsx(table))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).as("at most 31 characters").isEqualTo("Lijst van moties en toezegginge");

            Cell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("Lijst van moties en toezeggingen");
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Gemeenteraad Utrecht — Stand per 5 december 2026");

            assertThat(cells(sheet.getRow(HEADER_ROW))).containsExactly("Groep", "Nr.", "Onderwerp",
                    "Datum raad", "Portefeuillehouder", "Stand van zaken", "Sinds vorige lijst");
            assertThat(cells(sheet.getRow(3))).containsExactly("Moties", "M-2026-01",
                    "Meer groen in de wijk; ook bij scholen", "14-03-2026", "Wethouder De Boer", "In behandeling", "nieuw");
            assertThat(cells(sheet.getRow(4))).contains("Wethouder Ëmre Çelik", "Brief volgt\nvóór de zomer", "gewijzigd");
            assertThat(cells(sheet.getRow(6))).containsExactly("Toezeggingen", "TZ-2026-07", "Raad informeren over de pilot",
                    "2-4-2026", "Burgemeester", "Voorjaar 2027", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(HEADER_ROW + table.rowCount());
        }
    }

    @Test
    void freezesTheHeaderFiltersOnItAndSizesTheColumns() throws IOException {
        try (XSSFWorkbook workbook = read(xlsx(SampleTables.small()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:G7");
            assertThat(sheet.getColumnWidth(2)).as("Onderwerp, wider than Nr.").isGreaterThan(sheet.getColumnWidth(1));
            assertThat(sheet.getColumnWidth(1)).isBetween(8 * 256, 60 * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void keepsFormulasAndMarkupAsText() throws IOException {
        try (XSSFWorkbook workbook = read(xlsx(SampleTables.hostile()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell formula = sheet.getRow(4).getCell(2);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\")");
            assertThat(cells(sheet.getRow(3))).containsExactly("Moties <i>&amp;</i>", "M-1 " + SampleTables.SCRIPT,
                    SampleTables.BREAKOUT + " & ]]> &amp; &#x41;", "<em>nieuw</em>");
        }
    }

    @Test
    void writesALongListWholly() throws IOException {
        try (XSSFWorkbook workbook = read(xlsx(SampleTables.longList(500)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(HEADER_ROW + 500);
            assertThat(sheet.getRow(HEADER_ROW + 500).getCell(1).getStringCellValue())
                    .isEqualTo("M-2026-500");
        }
    }

    private static byte[] xlsx(CouncilListTable table) {
        return TableFormat.XLSX.write(table.flat());
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i).getStringCellValue());
        }
        return cells;
    }
}
