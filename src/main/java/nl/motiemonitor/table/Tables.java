package nl.motiemonitor.table;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings every table download shares: how many rows a download holds at most
 * ({@code motiemonitor.downloads.max-rows}), and the portal's public address ({@code motiemonitor.follow.base-url})
 * for the links in the files: a downloaded file leaves the site, so its links are absolute, built like those in mail
 * and feeds, never from the request. Templates read it as {@code @tables}.
 */
@Component("tables")
public class Tables {

    /** Excel keeps at most 65,530 links on a sheet, and every row of a download has one. */
    static final int MOST_LINKS = 65_530;

    private final String base;
    private final int maxRows;

    Tables(@Value("${motiemonitor.follow.base-url:}") String base,
            @Value("${motiemonitor.downloads.max-rows:50000}") int maxRows) {
        if (maxRows < 1 || maxRows > MOST_LINKS) {
            throw new IllegalArgumentException("motiemonitor.downloads.max-rows must be between 1 and " + MOST_LINKS
                    + ", not " + maxRows);
        }
        this.base = base == null || base.isBlank() ? "http://localhost:8080" : base.strip().replaceAll("/+$", "");
        this.maxRows = maxRows;
    }

    /** A link to the page at {@code path} ("/den-haag/moties/ris323480"); an empty cell when there is none. */
    public Cell link(String path) {
        return path == null || path.isEmpty() ? Cell.EMPTY : Cell.link(base + path);
    }

    /** The most rows a download holds; a longer table is refused with a message on its page, asking for a filter. */
    public int maxRows() {
        return maxRows;
    }

    /** Whether a table of this many rows may be downloaded. */
    public boolean fits(long rows) {
        return rows <= maxRows;
    }
}
