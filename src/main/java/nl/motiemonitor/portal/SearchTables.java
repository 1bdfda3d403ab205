package nl.motiemonitor.portal;

import java.util.List;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.search.SearchHit;
import nl.motiemonitor.search.SearchResult;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableDownloads;
import org.springframework.stereotype.Component;

/**
 * A search's results as a table: what the page shows of each (its title, kind, body, date and status; not the
 * snippet, which shows where the words matched) and a link to its page; the search itself in the line under the title.
 */
@Component
class SearchTables {

    private final TableDownloads downloads;

    SearchTables(TableDownloads downloads) {
        this.downloads = downloads;
    }

    Table table(SearchRequest search, BodyView filterBody, SearchResult result) {
        String scope = filterBody == null ? downloads.nl("dashboard.scope.all") : filterBody.name();
        Table.Builder table = Table.builder(downloads.nl("download.title",
                downloads.nl("search.titleQuery", search.query().text()), scope), subtitle(search, result),
                List.of(downloads.nl("list.col.subject"), downloads.nl("search.type"),
                        downloads.nl("home.bodies.body"), downloads.nl("download.col.date"),
                        downloads.nl("filter.status"), downloads.nl("download.col.link")));
        for (SearchHit hit : result.hits()) {
            table.row(Cell.text(downloads.nl(hit.label())), Cell.text(downloads.nl("search.type." + hit.type())),
                    Cell.text(hit.bodyName()), Cell.date(hit.date()),
                    Cell.text(hit.status() == null ? null : downloads.nl("status." + hit.status().name())),
                    downloads.link(hit.path()));
        }
        return table.build();
    }

    /** "Soort: Moties. Status: Open. Volgorde: Nieuwste eerst. Stand per 5 december 2026." */
    private String subtitle(SearchRequest search, SearchResult result) {
        StringBuilder subtitle = new StringBuilder();
        BodyKind bodyKind = search.query().bodyKind();
        if (bodyKind != null) {
            filter(subtitle, "search.bodyKind", downloads.nl("body.kind." + bodyKind.name()));
        }
        if (search.type() != null) {
            filter(subtitle, "search.type", downloads.nl("search.types." + search.type().name()));
        }
        if (search.status() != null) {
            filter(subtitle, "filter.status", downloads.nl("status." + search.status().name()));
        }
        if (search.year() != null) {
            filter(subtitle, "filter.year", search.year().toString());
        }
        if (search.party() != null) {
            filter(subtitle, "search.party", search.party());
        }
        filter(subtitle, "search.order", downloads.nl(search.query().newestFirst() ? "search.order.newest"
                : "search.order.relevance"));
        if (result.capped()) {
            subtitle.append(downloads.nl("download.search.capped", result.total())).append(' ');
        }
        return subtitle + downloads.asOf();
    }

    private void filter(StringBuilder subtitle, String name, String value) {
        subtitle.append(downloads.nl("download.filter", downloads.nl(name), value)).append(' ');
    }
}
