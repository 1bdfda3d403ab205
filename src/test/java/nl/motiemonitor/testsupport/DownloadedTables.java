package nl.motiemonitor.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A downloaded table read back, the way a reader's tools read it: the CSV with Commons CSV (after its byte order mark),
 * the Excel sheet with POI (a date cell as its ISO day, a number as its digits, a link as its address, so that both
 * read the same); and the
 * page the table belongs to, as its reader sees it (without the column names a narrow screen shows in each cell).
 */
public final class DownloadedTables {

    /** The row of the Excel sheet's header: the title and the line under it come first. */
    public static final int HEADER_ROW = 2;

    private DownloadedTables() {
    }

    /** The CSV's records, the header first. */
    public static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, for Excel").startsWith("\uFEFF");
        try {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                    .stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet's header and rows, each cell as the CSV writes it. */
    public static List<List<String>> xlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header stays in view").isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter()).as("the header filters").isNotNull();
            int width = sheet.getRow(HEADER_ROW).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Long.toString((long) cell.getNumericCellValue());
        }
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(cell.getCellFormula()).as("the only formula: a link").startsWith("HYPERLINK(");
        }
        String text = cell.getStringCellValue();
        // a text that a spreadsheet would run as a formula is defused in the CSV only
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The rows without the header. */
    public static List<List<String>> body(List<List<String>> table) {
        return table.subList(1, table.size());
    }

    /** One column of the rows, by its heading. */
    public static List<String> column(List<List<String>> table, String heading) {
        int index = table.get(0).indexOf(heading);
        assertThat(index).as("column %s in %s", heading, table.get(0)).isNotNegative();
        return body(table).stream().map(row -> row.get(index)).toList();
    }

    public static Document page(String html) {
        Document page = Jsoup.parse(html);
        page.select(".mm-cell-label").remove();
        return page;
    }
}
