package nl.motiemonitor.councillist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The council list as a CSV file that Dutch Excel opens by a double click: UTF-8 with a byte order mark (else Excel
 * reads Windows-1252), separator {@code ;} (Excel's list separator in the Dutch locale), lines ending in CRLF. The
 * first column names the group, the last one what changed since the previous list.
 */
public final class CouncilListCsv {

    /** The header of the first column, the group a row belongs to. */
    public static final String GROUP_HEADER = "Groep";
    /** The header of the last column, the row's mark. */
    public static final String MARK_HEADER = "Sinds vorige lijst";

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CouncilListCsv() {
    }

    /** The list as CSV bytes; a cell that a spreadsheet would run as a formula is defused (see {@link #defused}). */
    public static byte[] write(CouncilListTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(header(table));
            for (CouncilListTable.Group group : table.groups()) {
                for (CouncilListTable.Row row : group.rows()) {
                    List<String> record = new ArrayList<>(row.cells().size() + 2);
                    record.add(group.name());
                    record.addAll(row.cells());
                    record.add(row.mark() == null ? "" : row.mark());
                    printer.printRecord(record.stream().map(CouncilListCsv::defused).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "Groep", the table's columns, "Sinds vorige lijst": the header row of the CSV file and the Excel sheet. */
    static List<String> header(CouncilListTable table) {
        List<String> header = new ArrayList<>(table.columns().size() + 2);
        header.add(GROUP_HEADER);
        header.addAll(table.columns());
        header.add(MARK_HEADER);
        return header;
    }

    /**
     * A cell that Excel would run as a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe, the defence
     * against CSV injection that the staff register export uses too (whose import removes it again).
     */
    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
