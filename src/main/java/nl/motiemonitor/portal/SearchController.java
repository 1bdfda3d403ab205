package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.search.BodyKinds;
import nl.motiemonitor.search.FacetValue;
import nl.motiemonitor.search.ItemType;
import nl.motiemonitor.search.SearchResult;
import nl.motiemonitor.search.SearchService;
import nl.motiemonitor.search.SearchText;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * Search: {@code /zoeken} over all bodies, {@code /{body}/zoeken} within one. Filters are query parameters, so every
 * combination has a stable URL:
 * {@code ?q=…&orgaan=den-haag&soort-orgaan=gemeente&soort=motie&status=open&jaar=2021&fractie=CDA&sorteer=datum&pagina=2}.
 * {@code /zoeken} is a literal path, which Spring prefers over the body page's {@code /{body}} pattern. Every
 * search's results are also a file, {@code /zoeken.csv?q=…} and {@code .xlsx}, with the same parameters.
 */
@Controller
class SearchController {

    private final BodyResolver bodies;
    private final Bodies allBodies;
    private final SearchService search;
    private final RenamedBodyRedirect renamed;
    private final SearchTables tables;
    private final TableDownloads downloads;

    SearchController(BodyResolver bodies, Bodies allBodies, SearchService search, RenamedBodyRedirect renamed,
            SearchTables tables, TableDownloads downloads) {
        this.bodies = bodies;
        this.allBodies = allBodies;
        this.search = search;
        this.renamed = renamed;
        this.tables = tables;
        this.downloads = downloads;
    }

    @GetMapping("/zoeken")
    String searchAll(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "orgaan", required = false) String bodyParam,
            @RequestParam(name = "soort-orgaan", required = false) String bodyKindParam,
            @RequestParam(name = "soort", required = false) String typeParam,
            @RequestParam(name = "status", required = false) String statusParam,
            @RequestParam(name = "jaar", required = false) String yearParam,
            @RequestParam(name = "fractie", required = false) String partyParam,
            @RequestParam(name = "sorteer", required = false) String sortParam,
            @RequestParam(name = "pagina", required = false) String pageParam, Model model,
            HttpServletRequest request) {
        List<MessageSourceResolvable> notices = new ArrayList<>();
        BodyView filterBody = filterBody(bodyParam, notices);
        Optional<String> moved = bodyParam != null && !bodyParam.isBlank() && filterBody == null
                ? renamed.target(request) : Optional.empty();
        if (moved.isPresent()) {
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved.get();
        }
        BodyKind bodyKind = bodyKind(bodyKindParam, notices);
        return page(null, filterBody, bodyKind, SearchRequest.parse(null, filterBody, bodyKind, q, typeParam, statusParam,
                yearParam, partyParam, sortParam, pageParam, notices), model);
    }

    @GetMapping("/{body:[a-z0-9-]+}/zoeken")
    String searchBody(@PathVariable("body") String slug, @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "soort", required = false) String typeParam,
            @RequestParam(name = "status", required = false) String statusParam,
            @RequestParam(name = "jaar", required = false) String yearParam,
            @RequestParam(name = "fractie", required = false) String partyParam,
            @RequestParam(name = "sorteer", required = false) String sortParam,
            @RequestParam(name = "pagina", required = false) String pageParam, Model model) {
        BodyView body = bodies.require(slug);
        return page(body, body, null, SearchRequest.parse(body, body, null, q, typeParam, statusParam, yearParam,
                partyParam, sortParam, pageParam, List.of()), model);
    }

    /**
     * Every result of a search as a file, in the page's order: as many as its pages show, at most
     * {@link SearchService#MAX_RESULTS}. A search the page would not run, or with a filter it does not know, goes
     * back to the page, which says why.
     */
    @GetMapping("/zoeken.{format:[a-z]+}")
    ResponseEntity<byte[]> downloadAll(@PathVariable("format") String extension,
            @RequestParam Map<String, String> query, HttpServletRequest request) {
        TableFormat format = TableDownloads.format(extension);
        List<MessageSourceResolvable> notices = new ArrayList<>();
        BodyView filterBody = filterBody(query.get("orgaan"), notices);
        BodyKind bodyKind = bodyKind(query.get("soort-orgaan"), notices);
        return download(format, filterBody, parse(null, filterBody, bodyKind, query, notices), request);
    }

    @GetMapping("/{body:[a-z0-9-]+}/zoeken.{format:[a-z]+}")
    ResponseEntity<byte[]> downloadBody(@PathVariable("body") String slug, @PathVariable("format") String extension,
            @RequestParam Map<String, String> query, HttpServletRequest request) {
        BodyView body = bodies.require(slug);
        TableFormat format = TableDownloads.format(extension);
        return download(format, body, parse(body, body, null, query, List.of()), request);
    }

    /** The search of a download: the page's parameters but its page. */
    private static SearchRequest parse(BodyView scope, BodyView filterBody, BodyKind bodyKind,
            Map<String, String> query, List<MessageSourceResolvable> notices) {
        return SearchRequest.parse(scope, filterBody, bodyKind, query.get("q"), query.get("soort"),
                query.get("status"), query.get("jaar"), query.get("fractie"), query.get("sorteer"), null, notices);
    }

    private ResponseEntity<byte[]> download(TableFormat format, BodyView filterBody,
            SearchRequest search, HttpServletRequest request) {
        SearchResult result = search.notices().isEmpty() ? this.search.allPages(search.query()) : null;
        if (result == null || !result.searched()) {
            return TableDownloads.backTo(TableDownloads.page(search.params().path(), request.getQueryString()));
        }
        return downloads.send(format, tables.table(search, filterBody, result),
                "zoeken" + (filterBody == null ? "" : "-" + filterBody.slug()));
    }

    /** The body {@code ?orgaan=} names, or null (with a notice when it names none). */
    private BodyView filterBody(String bodyParam, List<MessageSourceResolvable> notices) {
        if (bodyParam == null || bodyParam.isBlank()) {
            return null;
        }
        BodyView body = bodyParam.matches("[a-z0-9-]{1,60}") ? allBodies.findBySlug(bodyParam).orElse(null) : null;
        if (body == null) {
            notices.add(Notices.of("search.notice.body", bodyParam));
        }
        return body;
    }

    private static BodyKind bodyKind(String bodyKindParam, List<MessageSourceResolvable> notices) {
        if (bodyKindParam == null || bodyKindParam.isBlank()) {
            return null;
        }
        BodyKind bodyKind = BodyKinds.fromSlug(bodyKindParam).orElse(null);
        if (bodyKind == null) {
            notices.add(Notices.of("search.notice.bodyKind", bodyKindParam));
        }
        return bodyKind;
    }

    private String page(BodyView scope, BodyView filterBody, BodyKind bodyKind, SearchRequest search, Model model) {
        SearchResult result = this.search.search(search.query());
        if (!result.searched()) {
            // not searched: a query without words (cheap to answer again) or one that ran out of time (worth a retry)
            PublicPageCacheFilter.doNotKeep();
        }
        SearchParams params = search.params();
        String party = search.party();
        List<String> partyOptions = new ArrayList<>(result.parties().stream().map(FacetValue::value).toList());
        if (party != null && !partyOptions.contains(party)) {
            partyOptions.add(0, party);
        }

        model.addAttribute("body", scope);
        model.addAttribute("theme", scope == null ? null : scope.theme());
        model.addAttribute("filterBody", filterBody);
        model.addAttribute("q", search.query().text());
        model.addAttribute("maxLength", SearchText.MAX_LENGTH);
        model.addAttribute("notices", search.notices());
        model.addAttribute("result", result);
        model.addAttribute("params", params);
        model.addAttribute("selectedType", search.type());
        model.addAttribute("selectedStatus", search.status());
        model.addAttribute("selectedYear", search.year());
        model.addAttribute("selectedBodyKind", bodyKind == null ? null : BodyKinds.slug(bodyKind));
        model.addAttribute("selectedParty", party);
        model.addAttribute("bodyKinds", java.util.Arrays.stream(BodyKind.values())
                .map(kind -> new FacetValue(BodyKinds.slug(kind), kind.label(), "body.kind." + kind, 0)).toList());
        model.addAttribute("partyOptions", partyOptions);
        model.addAttribute("types", ItemType.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("pageSize", SearchService.PAGE_SIZE);
        int pages = (int) Math.min(SearchService.MAX_PAGE, (result.total() + SearchService.PAGE_SIZE - 1)
                / SearchService.PAGE_SIZE);
        model.addAttribute("pageCount", pages);
        if (result.searched()) {
            model.addAttribute("feed", new FeedLink(params.feedHref(), "feed.title.search", search.query().text()));
        }
        return "search";
    }
}
