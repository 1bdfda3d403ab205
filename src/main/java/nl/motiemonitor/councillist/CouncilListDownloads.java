package nl.motiemonitor.councillist;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The council's list as a file to download: "lijst-den-haag-2026-12-05.pdf", .xlsx or .csv. */
public enum CouncilListDownloads {
    PDF("pdf", MediaType.APPLICATION_PDF),
    XLSX("xlsx", MediaType.parseMediaType(CouncilListSpreadsheet.CONTENT_TYPE)),
    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));

    private final String extension;
    private final MediaType type;

    CouncilListDownloads(String extension, MediaType type) {
        this.extension = extension;
        this.type = type;
    }

    public static Optional<CouncilListDownloads> fromExtension(String extension) {
        for (CouncilListDownloads format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The list laid out in this format, as an attachment named after the body and the day.
     *
     * @param council who decides, in the body's own Dutch words: "de raad", "de Kamer"
     */
    public ResponseEntity<byte[]> download(CouncilList list, String bodySlug, String bodyName, String council,
            String accent) {
        CouncilListTable table = CouncilListTables.of(list, bodyName, council);
        byte[] content = switch (this) {
            case PDF -> CouncilListPdf.write(table, accent);
            case XLSX -> CouncilListSpreadsheet.write(table);
            case CSV -> CouncilListCsv.write(table);
        };
        String name = "lijst-" + bodySlug + "-" + list.today() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }
}
