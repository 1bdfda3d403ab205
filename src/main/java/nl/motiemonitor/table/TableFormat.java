package nl.motiemonitor.table;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The files a table is downloaded as, named by the extension of the address ({@code moties.csv},
 * {@code moties.xlsx}, as {@code lijst.csv} before them).
 */
public enum TableFormat {
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), TableCsv::write),
    XLSX("xlsx", MediaType.parseMediaType(TableSpreadsheet.CONTENT_TYPE), TableSpreadsheet::write);

    private final String extension;
    private final MediaType type;
    private final Function<Table, byte[]> writer;

    TableFormat(String extension, MediaType type, Function<Table, byte[]> writer) {
        this.extension = extension;
        this.type = type;
        this.writer = writer;
    }

    public static Optional<TableFormat> fromExtension(String extension) {
        for (TableFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String extension() {
        return extension;
    }

    public MediaType type() {
        return type;
    }

    public byte[] write(Table table) {
        return writer.apply(table);
    }

    /** The table as an attachment named {@code name} and this format's extension: "moties-den-haag-2026-12-05.csv". */
    public ResponseEntity<byte[]> download(Table table, String name) {
        return attachment(type, name + "." + extension, write(table));
    }

    /** A file to download: {@code Content-Disposition: attachment} with its name, and its content type. */
    public static ResponseEntity<byte[]> attachment(MediaType type, String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }
}
