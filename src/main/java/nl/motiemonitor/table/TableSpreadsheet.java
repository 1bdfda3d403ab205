package nl.motiemonitor.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel sheet (.xlsx): the title in bold, the line under it, then the header row (bold, frozen, with an
 * autofilter, repeated on every printed page) and the rows. A date is a date cell ({@code dd-mm-jjjj}), a number a
 * number cell, a link the formula {@code HYPERLINK("…")} with the address as its saved value (what a reader that
 * computes nothing reads); text is a text cell, so nothing a clerk typed is ever run as a formula. Printed A4
 * landscape, one page wide. Written as a stream (SXSSF): a long table never sits in memory as a whole workbook.
 */
final class TableSpreadsheet {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The row (0-based) of the header; the title and the line under it are above it. */
    static final int HEADER_ROW = 2;

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 11;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private TableSpreadsheet() {
    }

    static byte[] write(Table table) {
        int[] widths = new int[table.headings().size()];
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Styles styles = new Styles(workbook);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text(table.title()));
            title.getCell(0).setCellStyle(styles.title);
            if (!table.subtitle().isEmpty()) {
                sheet.createRow(1).createCell(0).setCellValue(text(table.subtitle()));
            }

            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < table.headings().size(); i++) {
                write(header.createCell(i), new Cell.Text(table.headings().get(i)), styles.header, styles, workbook);
                widths[i] = Math.max(widths[i], longestLine(table.headings().get(i)));
            }
            int last = HEADER_ROW;
            for (List<Cell> cells : table.rows()) {
                Row row = sheet.createRow(++last);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = cells.get(i);
                    write(row.createCell(i), cell, null, styles, workbook);
                    widths[i] = Math.max(widths[i], cell instanceof Cell.Date ? DATE_WIDTH : longestLine(cell.text()));
                }
            }

            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2)) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, widths.length - 1));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Cell target, Cell cell, CellStyle style, Styles styles,
            SXSSFWorkbook workbook) {
        if (cell instanceof Cell.Number number) {
            target.setCellValue(number.value());
            target.setCellStyle(styles.number);
        } else if (cell instanceof Cell.Date date) {
            target.setCellValue(date.value());
            target.setCellStyle(styles.date);
        } else if (cell instanceof Cell.Link link) {
            // a formula, not a hyperlink object: each of those costs a relationship of the sheet and about 4 KB of
            // heap, 5 s and 200 MB for 50,000 rows against 0.9 s and 40 MB (docs/benchmarks.md)
            target.setCellFormula("HYPERLINK(\"" + link.url().replace("\"", "\"\"") + "\")");
            target.setCellValue(text(link.url()));
            target.setCellStyle(styles.link);
        } else {
            target.setCellValue(text(cell.text()));
            target.setCellStyle(style == null ? styles.text : style);
        }
    }

    /** The workbook's few cell styles: a workbook holds at most 64,000, so they are made once, not per cell. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;
        final CellStyle link;

        Styles(SXSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, (short) 14, false));
            header = top(workbook);
            header.setFont(font(workbook, true, (short) 11, false));
            header.setBorderBottom(BorderStyle.THIN);
            text = top(workbook);
            number = top(workbook);
            date = top(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            link = top(workbook);
            link.setFont(font(workbook, false, (short) 11, true));
        }

        private static CellStyle top(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, short points, boolean link) {
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints(points);
            if (link) {
                font.setUnderline(Font.U_SINGLE);
                font.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            }
            return font;
        }
    }

    /** Excel refuses a cell longer than 32,767 characters; a longer one is cut there rather than lose the file. */
    private static String text(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static int longestLine(String value) {
        int longest = 0;
        for (String line : value.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
