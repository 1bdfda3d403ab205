package nl.motiemonitor.table;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every table download shares, public and staff alike: the format from the address ({@code moties.csv},
 * {@code .xlsx}; any other is a 404); the words in Dutch whatever the page's language (a file is a document of its
 * own, like the council's list); absolute links, built like those in mail and feeds from the portal's public address
 * ({@code motiemonitor.follow.base-url}), never from the request, since a file leaves the site; the day in the file's
 * name; the most rows a download holds ({@code motiemonitor.downloads.max-rows}); and the way back to the page when
 * the download cannot be made as asked (a filter the page does not know, more rows than that, a search that was not
 * run): the page then says why. Templates read it as {@code @tableDownloads}.
 */
@Component
public class TableDownloads {

    /** The language of every file. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** An Excel sheet holds 1,048,576 rows, three of them the title, the line under it and the header. */
    static final int MOST_ROWS = 1_048_573;

    private final MessageSource messages;
    private final Clock clock;
    private final PublicAddress address;
    private final int maxRows;

    TableDownloads(MessageSource messages, Clock clock, PublicAddress address,
            @Value("${motiemonitor.downloads.max-rows:50000}") int maxRows) {
        if (maxRows < 1 || maxRows > MOST_ROWS) {
            throw new IllegalArgumentException("motiemonitor.downloads.max-rows must be between 1 and " + MOST_ROWS
                    + ", not " + maxRows);
        }
        this.messages = messages;
        this.clock = clock;
        this.address = address;
        this.maxRows = maxRows;
    }

    /** The format an address's extension names; a 404 for any other. */
    public static TableFormat format(String extension) {
        return TableFormat.fromExtension(extension).orElseThrow(() -> new NotFoundException("tabel." + extension));
    }

    /** Back to the page the download belongs to ({@code 303 See Other}), which says why there is no file. */
    public static ResponseEntity<byte[]> backTo(String page) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
    }

    /** The page's address with the query of the download as it was asked, so the page sees the same filters. */
    public static String page(String path, String queryString) {
        return queryString == null || queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /** The table as an attachment: {@code name} and today, "moties-den-haag-2026-12-05.csv". */
    public ResponseEntity<byte[]> send(TableFormat format, Table table, String name) {
        return format.download(table, name + "-" + today());
    }

    /** The most rows a download holds; a longer table is refused with a message on its page, asking for a filter. */
    public int maxRows() {
        return maxRows;
    }

    /** Whether a table of this many rows may be downloaded. */
    public boolean fits(long rows) {
        return rows <= maxRows;
    }

    /** A link to the page at {@code path} (a motion's, from PublicPaths); an empty cell when there is none. */
    public Cell link(String path) {
        return path == null || path.isEmpty() ? Cell.EMPTY : Cell.link(address.absolute(path));
    }

    /** The date in the Netherlands. */
    public LocalDate today() {
        return Deadline.today(clock);
    }

    /** "Stand per 5 december 2026.", the end of every table's subtitle. */
    public String asOf() {
        return nl("download.asOf", DutchDates.format(today()));
    }

    /** A status as the pages name it ("Open", "Geen afdoening"), and "deels afgedaan" after it when {@code partly}. */
    public String status(ItemStatus status, boolean partly) {
        String label = nl(status == null ? "status.none" : "status." + status.name());
        return partly ? label + ", " + nl("request.partlyDischarged.lower") : label;
    }

    public String nl(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }

    public String nl(MessageSourceResolvable text) {
        return messages.getMessage(text, DUTCH);
    }
}
