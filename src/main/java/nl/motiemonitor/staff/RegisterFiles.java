package nl.motiemonitor.staff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads and writes registers as CSV and Excel (.xlsx) files. CSV: separator {@code ;} or {@code ,} (whichever the
 * header row uses), UTF-8 with or without byte order mark, else Windows-1252. Excel: the first sheet, read as a
 * stream of cells (never a whole workbook in memory); a formula is read as the value the sheet saved with it and is
 * never evaluated; a zip bomb is refused by POI's {@link ZipSecureFile} limits before it is unpacked.
 */
final class RegisterFiles {

    /** The most columns a register may have. */
    static final int MAX_COLUMNS = 100;
    /** The longest cell, in characters. */
    static final int MAX_CELL = 20_000;
    /** The largest part of an .xlsx once unpacked: far above any real register's sheet, far below a bomb's. */
    static final long MAX_UNPACKED = 100L * 1024 * 1024;

    static final String CSV_TYPE = "text/csv";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
    }

    private RegisterFiles() {
    }

    /** The content type a register file is kept under: Excel by its zip signature, else CSV. */
    static String contentType(byte[] content) {
        return isZip(content) ? XLSX_TYPE : CSV_TYPE;
    }

    /** Reads a register file (Excel or CSV, by its content), refusing it beyond {@code maxRows} rows. */
    static RegisterTable read(byte[] content, int maxRows) throws RegisterFileException {
        if (content == null || content.length == 0) {
            throw new RegisterFileException("staff.register.file.empty");
        }
        if (isOldExcel(content)) {
            throw new RegisterFileException("staff.register.file.oldExcel");
        }
        return isZip(content) ? readXlsx(content, maxRows) : readCsv(decode(content), maxRows);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isOldExcel(byte[] content) {
        return content.length >= 4 && (content[0] & 0xff) == 0xd0 && (content[1] & 0xff) == 0xcf
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xe0;
    }

    /** UTF-8 (a byte order mark is dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }

    /** The separator of the header row: ";" or ",", whichever occurs more often outside quotes (";" on a tie). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    static RegisterTable readCsv(String text, int maxRows) throws RegisterFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        Rows rows = new Rows(maxRows, true);
        try {
            for (CSVRecord record : format.parse(new StringReader(text))) {
                rows.add((int) record.getRecordNumber(), record.toList().stream().map(RegisterFiles::restored).toList());
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new RegisterFileException("staff.register.file.csvBroken");
        }
        return rows.table();
    }

    static RegisterTable readXlsx(byte[] content, int maxRows) throws RegisterFileException {
        Rows rows = new Rows(maxRows, false);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RegisterFileException("staff.register.file.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(rows), new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooMuch e) {
            throw e.refusal;
        } catch (RegisterFileException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new RegisterFileException(message.contains("zip bomb") || message.contains("inflate ratio")
                    || message.contains("exceeds the max") ? "staff.register.file.bomb" : "staff.register.file.xlsxBroken");
        }
        return rows.table();
    }

    /** Rows as read, skipping empty ones; the first non-empty row is the header. */
    private static final class Rows {

        private final int maxRows;
        /** Whether a row's cells are all there, empty ones too (CSV); else only up to its last filled cell counts. */
        private final boolean exactWidths;
        private List<String> headers;
        private int headerWidth;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private final List<Integer> widths = new ArrayList<>();

        Rows(int maxRows, boolean exactWidths) {
            this.maxRows = maxRows;
            this.exactWidths = exactWidths;
        }

        void add(int number, List<String> cells) throws RegisterFileException {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            int width = cells.size();
            while (width > 0 && (cells.get(width - 1) == null || cells.get(width - 1).isBlank())) {
                width--;
            }
            if (width > MAX_COLUMNS) {
                throw new RegisterFileException("staff.register.file.tooManyColumns", MAX_COLUMNS);
            }
            for (String cell : cells) {
                if (cell != null && cell.length() > MAX_CELL) {
                    throw new RegisterFileException("staff.register.file.cellTooLong", number, MAX_CELL);
                }
            }
            List<String> kept = cells.subList(0, width).stream().map(cell -> cell == null ? "" : cell.strip()).toList();
            int counted = exactWidths ? cells.size() : width;
            if (headers == null) {
                headers = kept;
                headerWidth = counted;
                return;
            }
            if (rows.size() == maxRows) {
                throw new RegisterFileException("staff.register.file.tooManyRows", maxRows);
            }
            rows.add(kept);
            numbers.add(number);
            widths.add(counted);
        }

        RegisterTable table() throws RegisterFileException {
            if (headers == null) {
                throw new RegisterFileException("staff.register.file.empty");
            }
            if (rows.isEmpty()) {
                throw new RegisterFileException("staff.register.file.noRows");
            }
            return new RegisterTable(headers, rows, numbers, headerWidth, widths, exactWidths);
        }
    }

    /** Carries a refusal out of POI's handler, which may throw no checked exception. */
    private static final class TooMuch extends RuntimeException {

        private final RegisterFileException refusal;

        TooMuch(RegisterFileException refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Collects a sheet's cells into rows, by their column letter (empty cells are absent from the sheet). */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                rows.add(rowNum + 1, new ArrayList<>(cells));
            } catch (RegisterFileException e) {
                throw new TooMuch(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS * 2) {
                throw new TooMuch(new RegisterFileException("staff.register.file.tooManyColumns", MAX_COLUMNS));
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Numbers as plain digits (no grouping, no exponent), dates as ISO-8601: what the register meant, not its look. */
    private static final class PlainValues extends DataFormatter {

        PlainValues() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** The register as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), separated by ";". */
    static byte[] writeCsv(RegisterTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get()
                        .print(writer)) {
            printer.printRecord(table.headers());
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(RegisterFiles::defused).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A cell that a spreadsheet would take for a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe, which
     * spreadsheets show as text and {@link #readCsv} removes again.
     */
    static String defused(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** The register as an Excel sheet; the cells of {@code dateColumns} ("dd-mm-jjjj") become date cells. */
    static byte[] writeXlsx(RegisterTable table, String sheetName, java.util.Set<Integer> dateColumns) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    java.util.Optional<LocalDate> date = dateColumns.contains(i) ? RegisterValues.date(value)
                            : java.util.Optional.empty();
                    if (date.isPresent()) {
                        var cell = row.createCell(i);
                        cell.setCellValue(date.get());
                        cell.setCellStyle(dates);
                    } else if (!value.isEmpty()) {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
