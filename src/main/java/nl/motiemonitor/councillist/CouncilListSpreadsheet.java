package nl.motiemonitor.councillist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * The council list as an Excel sheet (.xlsx): the title in bold, a line with the body and the subtitle, then the
 * same header row and rows as {@link CouncilListCsv}, the header frozen and filterable, printed A4 landscape with the
 * header on every page. Every cell is a text cell, so nothing a clerk typed is ever run as a formula.
 */
public final class CouncilListSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The row (0-based) of the header; the title and the subtitle line are above it. */
    static final int HEADER_ROW = 2;

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CouncilListSpreadsheet() {
    }

    public static byte[] write(CouncilListTable table) {
        List<String> header = CouncilListCsv.header(table);
        int[] widths = new int[header.size()];
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle titleStyle = bold(workbook, (short) 14, false);
            CellStyle headerStyle = bold(workbook, (short) 11, true);
            CellStyle cellStyle = workbook.createCellStyle();
            cellStyle.setWrapText(true);
            cellStyle.setVerticalAlignment(VerticalAlignment.TOP);

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(text(table.title()));
            title.getCell(0).setCellStyle(titleStyle);
            sheet.createRow(1).createCell(0).setCellValue(text(subtitleLine(table)));

            write(sheet.createRow(HEADER_ROW), header, headerStyle, widths);
            int last = HEADER_ROW;
            for (CouncilListTable.Group group : table.groups()) {
                for (CouncilListTable.Row row : group.rows()) {
                    List<String> cells = new ArrayList<>(header.size());
                    cells.add(group.name());
                    cells.addAll(row.cells());
                    cells.add(row.mark() == null ? "" : row.mark());
                    write(sheet.createRow(++last), cells, cellStyle, widths);
                }
            }

            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[i] + 2)) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, header.size() - 1));
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

    /** The body and the subtitle on one line, e.g. "Gemeenteraad Utrecht — stand per 5 december 2026". */
    static String subtitleLine(CouncilListTable table) {
        if (table.bodyName().isBlank() || table.subtitle().isBlank()) {
            return table.bodyName().isBlank() ? table.subtitle() : table.bodyName();
        }
        return table.bodyName() + " — " + table.subtitle();
    }

    private static void write(Row row, List<String> cells, CellStyle style, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String value = text(cells.get(i));
            var cell = row.createCell(i);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            widths[i] = Math.max(widths[i], longestLine(value));
        }
    }

    private static CellStyle bold(SXSSFWorkbook workbook, short points, boolean bottomBorder) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        if (bottomBorder) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return style;
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
