package nl.motiemonitor.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as a CSV file that Dutch Excel opens by a double click: UTF-8 with a byte order mark (else Excel reads
 * Windows-1252), separator {@code ;} (Excel's list separator in the Dutch locale), lines ending in CRLF, the headings
 * as the first record. Dates are ISO-8601, numbers plain digits; the title is the file's name, not a line of it, so
 * the file is one header and its records.
 */
final class TableCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TableCsv() {
    }

    static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(table.headings().stream().map(Cell::defused).toList());
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(Cell::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
