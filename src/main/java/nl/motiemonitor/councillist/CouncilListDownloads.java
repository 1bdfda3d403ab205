package nl.motiemonitor.councillist;

import java.util.Optional;

import nl.motiemonitor.table.TableFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The council's list as a file to download: "lijst-den-haag-2026-12-05.pdf", .xlsx or .csv. */
public enum CouncilListDownloads {
    PDF("pdf", MediaType.APPLICATION_PDF),
    XLSX("xlsx", TableFormat.XLSX.type()),
    CSV("csv", TableFormat.CSV.type());

    /**
     * The most lines a PDF holds: about 3 s and 240 pages on the development machine (docs/benchmarks.md). A longer
     * list is no print-out anyone reads; Excel and CSV take any length.
     */
    public static final int PDF_MAX_LINES = 2_000;

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

    /** Whether the list can be laid out in this format (a PDF has at most {@value #PDF_MAX_LINES} lines). */
    public boolean fits(CouncilList list) {
        return this != PDF || list.rows().size() <= PDF_MAX_LINES;
    }

    /**
     * The list laid out in this format, as an attachment named after the body and the day; a PDF too long to print
     * ({@link #fits}) sends the visitor back to the list page ({@code listPath}), which says why.
     *
     * @param council who decides, in the body's own Dutch words: "de raad", "de Kamer"
     */
    public ResponseEntity<byte[]> download(CouncilList list, String bodySlug, String bodyName, String council,
            String accent, String listPath) {
        if (!fits(list)) {
            return ResponseEntity.status(303).location(java.net.URI.create(listPath + "&pdf=te-lang")).build();
        }
        CouncilListTable table = CouncilListTables.of(list, bodyName, council);
        byte[] content = switch (this) {
            case PDF -> CouncilListPdf.write(table, accent);
            case XLSX -> TableFormat.XLSX.write(table.flat());
            case CSV -> TableFormat.CSV.write(table.flat());
        };
        return TableFormat.attachment(type, "lijst-" + bodySlug + "-" + list.today() + "." + extension, content);
    }
}
