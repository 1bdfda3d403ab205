package nl.motiemonitor.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** One table, two files: CSV for Dutch Excel and an Excel sheet with real dates, numbers and links. */
class TableFilesTest {

    static final LocalDate DUE = LocalDate.of(2026, 7, 1);

    static Table sample() {
        return Table.builder("Moties — Gemeente Proef", "Status: open. Stand per 5 december 2026.",
                List.of("Motie", "Nummer", "Termijn", "Dagen te laat", "Link"))
                .row(Cell.text("Meer groen; ook bij \"scholen\""), Cell.text("M-1"), Cell.date(DUE), Cell.number(12),
                        Cell.link("https://motiemonitor.example/proef/moties/m-1"))
                .row(Cell.text("=HYPERLINK(\"http://example.invalid\")"), Cell.text("-2"), Cell.date(null),
                        Cell.number(null), Cell.link("https://motiemonitor.example/proef/moties/m-2"))
                .row(Cell.text("Brief volgt\nvóór de zomer, Ëmre Çelik"), Cell.text("M 3"), Cell.date(DUE.plusDays(1)),
                        Cell.number(-3L), Cell.link("https://motiemonitor.example/zoeken?q=\"x\""))
                .build();
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndUsesSemicolonsAndCrlf() {
        byte[] csv = TableFormat.CSV.write(sample());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Motie;Nummer;Termijn;Dagen te laat;Link\r\n").endsWith("\r\n");
    }

    @Test
    void theCsvReadsBackCellByCellWithIsoDatesAndPlainNumbersAndDefusedFormulas() throws IOException {
        List<List<String>> records = csv(TableFormat.CSV.write(sample()));
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).containsExactly("Meer groen; ook bij \"scholen\"", "M-1", "2026-07-01", "12",
                "https://motiemonitor.example/proef/moties/m-1");
        assertThat(records.get(2)).containsExactly("'=HYPERLINK(\"http://example.invalid\")", "'-2", "", "",
                "https://motiemonitor.example/proef/moties/m-2");
        assertThat(records.get(3)).containsExactly("Brief volgt\nvóór de zomer, Ëmre Çelik", "M 3", "2026-07-02", "-3",
                "https://motiemonitor.example/zoeken?q=\"x\"");
    }

    @Test
    void theSheetHasTheTitleAFrozenFilteredBoldHeaderAndTypedCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFormat.XLSX.write(sample())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Moties — Gemeente Proef");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Moties — Gemeente Proef");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Status: open. Stand per 5 december 2026.");
            XSSFRow header = sheet.getRow(TableSpreadsheet.HEADER_ROW);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Dagen te laat");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:E6");

            XSSFRow first = sheet.getRow(3);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(DUE);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(4).getCellType()).as("a link").isEqualTo(CellType.FORMULA);
            assertThat(first.getCell(4).getCellFormula())
                    .isEqualTo("HYPERLINK(\"https://motiemonitor.example/proef/moties/m-1\")");
            assertThat(first.getCell(4).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(4).getStringCellValue()).as("kept for readers that compute nothing")
                    .isEqualTo("https://motiemonitor.example/proef/moties/m-1");

            XSSFRow second = sheet.getRow(4);
            assertThat(second.getCell(0).getCellType()).as("a formula stays text").isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\")");
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("-2");
            assertThat(second.getCell(2).getStringCellValue()).as("no date").isEmpty();
            assertThat(sheet.getRow(5).getCell(4).getCellFormula()).as("a quote in an address cannot end the formula")
                    .isEqualTo("HYPERLINK(\"https://motiemonitor.example/zoeken?q=\"\"x\"\"\")");
        }
    }

    @Test
    void aDownloadIsAnAttachmentWithItsNameAndType() {
        ResponseEntity<byte[]> csv = TableFormat.CSV.download(sample(), "moties-proef-2026-12-05");
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"moties-proef-2026-12-05.csv\"");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(TableFormat.XLSX.download(sample(), "x").getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(TableFormat.fromExtension("xlsx")).contains(TableFormat.XLSX);
        assertThat(TableFormat.fromExtension("pdf")).isEmpty();
    }

    @Test
    void everyRowHasOneCellPerHeading() {
        assertThatThrownBy(() -> Table.builder("T", "", List.of("a", "b")).row(Cell.text("x")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
        assertThat(Table.builder("T", null, List.of("a")).row((Cell) null).build().rows().get(0))
                .containsExactly(Cell.EMPTY);
    }

    static List<List<String>> csv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .stream().map(CSVRecord::toList).toList();
    }
}
