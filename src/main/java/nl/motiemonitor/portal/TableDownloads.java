package nl.motiemonitor.portal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.table.Tables;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every table download of the public pages shares: the format from the address ({@code moties.csv},
 * {@code .xlsx}; any other is a 404), the words in Dutch whatever the page's language (a file is a document of its
 * own, like the council's list), absolute links, the day in the file's name, and the way back to the page when the
 * download cannot be made as asked (a filter the page does not know, more rows than {@link Tables#maxRows()}, a
 * search that was not run): the page then says why, in Dutch.
 */
@Component
class TableDownloads {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MessageSource messages;
    private final Tables tables;
    private final Terms terms;

    TableDownloads(MessageSource messages, Tables tables, Terms terms) {
        this.messages = messages;
        this.tables = tables;
        this.terms = terms;
    }

    /** The format an address's extension names; a 404 for any other. */
    static TableFormat format(String extension) {
        return TableFormat.fromExtension(extension).orElseThrow(() -> new NotFoundException("tabel." + extension));
    }

    /** The table as an attachment: {@code name} and today, "moties-den-haag-2026-12-05.csv". */
    ResponseEntity<byte[]> send(TableFormat format, Table table, String name) {
        return format.download(table, name + "-" + today());
    }

    /** Back to the page the download belongs to ({@code 303 See Other}), which says why there is no file. */
    static ResponseEntity<byte[]> backTo(String page) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(page)).build();
    }

    /** The page's address with the query of the download as it was asked, so the page sees the same filters. */
    static String page(String path, String queryString) {
        return queryString == null || queryString.isEmpty() ? path : path + "?" + queryString;
    }

    /** Whether a table of this many rows may be downloaded ({@code motiemonitor.downloads.max-rows}). */
    boolean fits(long rows) {
        return tables.fits(rows);
    }

    /** The most rows a download holds. */
    int maxRows() {
        return tables.maxRows();
    }

    LocalDate today() {
        return terms.today();
    }

    /** "Stand per 5 december 2026.", the end of every table's subtitle. */
    String asOf() {
        return nl("download.asOf", DutchDates.format(today()));
    }

    String nl(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }

    String nl(MessageSourceResolvable text) {
        return messages.getMessage(text, DUTCH);
    }

    Cell link(String path) {
        return tables.link(path);
    }
}
