package nl.motiemonitor.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.search.BodyKinds;
import nl.motiemonitor.search.FacetValue;
import nl.motiemonitor.search.ItemType;
import nl.motiemonitor.search.SearchQuery;
import nl.motiemonitor.search.SearchResult;
import nl.motiemonitor.search.SearchService;
import nl.motiemonitor.search.SearchText;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
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
 * {@code /zoeken} is a literal path, which Spring prefers over the body page's {@code /{body}} pattern.
 */
@Controller
class SearchController {

    private final BodyResolver bodies;
    private final Bodies allBodies;
    private final SearchService search;
    private final RenamedBodyRedirect renamed;

    SearchController(BodyResolver bodies, Bodies allBodies, SearchService search, RenamedBodyRedirect renamed) {
        this.bodies = bodies;
        this.allBodies = allBodies;
        this.search = search;
        this.renamed = renamed;
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
        BodyView filterBody = null;
        if (bodyParam != null && !bodyParam.isBlank()) {
            filterBody = bodyParam.matches("[a-z0-9-]{1,60}") ? allBodies.findBySlug(bodyParam).orElse(null) : null;
            Optional<String> moved = filterBody == null ? renamed.target(request) : Optional.empty();
            if (moved.isPresent()) {
                request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
                return "redirect:" + moved.get();
            }
            if (filterBody == null) {
                notices.add(Notices.of("search.notice.body", bodyParam));
            }
        }
        BodyKind bodyKind = null;
        if (bodyKindParam != null && !bodyKindParam.isBlank()) {
            bodyKind = BodyKinds.fromSlug(bodyKindParam).orElse(null);
            if (bodyKind == null) {
                notices.add(Notices.of("search.notice.bodyKind", bodyKindParam));
            }
        }
        return page(null, filterBody, bodyKind, q, typeParam, statusParam, yearParam, partyParam, sortParam, pageParam,
                notices, model);
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
        return page(body, body, null, q, typeParam, statusParam, yearParam, partyParam, sortParam, pageParam,
                new ArrayList<>(), model);
    }

    private String page(BodyView scope, BodyView filterBody, BodyKind bodyKind, String q, String typeParam,
            String statusParam, String yearParam, String partyParam, String sortParam, String pageParam,
            List<MessageSourceResolvable> notices, Model model) {
        ItemType type = null;
        if (typeParam != null && !typeParam.isBlank()) {
            type = ItemType.fromSlug(typeParam).orElse(null);
            if (type == null) {
                notices.add(Notices.of("search.notice.type", typeParam));
            }
        }
        ItemStatus status = null;
        if (statusParam != null && !statusParam.isBlank()) {
            status = ItemStatus.fromSlug(statusParam).orElse(null);
            if (status == null) {
                notices.add(Notices.of("filter.notice.status", statusParam));
            }
        }
        Integer year = null;
        if (yearParam != null && !yearParam.isBlank()) {
            year = parseYear(yearParam);
            if (year == null) {
                notices.add(Notices.of("filter.notice.year", yearParam));
            }
        }
        String party = SearchText.clean(partyParam);
        if (party.length() > 200) {
            notices.add(Notices.of("search.notice.party"));
            party = "";
        }
        boolean newestFirst = "datum".equals(sortParam);
        int page = pageNumber(pageParam);
        String text = SearchText.clean(q);

        SearchResult result = search.search(new SearchQuery(text, filterBody == null ? null : filterBody.id(), type,
                status, year, newestFirst, page, bodyKind, party.isEmpty() ? null : party));
        if (!result.searched()) {
            // not searched: a query without words (cheap to answer again) or one that ran out of time (worth a retry)
            PublicPageCacheFilter.doNotKeep();
        }
        SearchParams params = new SearchParams(scope == null ? "/zoeken" : "/" + scope.slug() + "/zoeken", text,
                scope == null && filterBody != null ? filterBody.slug() : null,
                bodyKind == null ? null : BodyKinds.slug(bodyKind), type == null ? null : type.slug(),
                status == null ? null : status.slug(), year, party.isEmpty() ? null : party, newestFirst, page);
        List<String> partyOptions = new ArrayList<>(result.parties().stream().map(FacetValue::value).toList());
        if (!party.isEmpty() && !partyOptions.contains(party)) {
            partyOptions.add(0, party);
        }

        model.addAttribute("body", scope);
        model.addAttribute("theme", scope == null ? null : scope.theme());
        model.addAttribute("filterBody", filterBody);
        model.addAttribute("q", text);
        model.addAttribute("maxLength", SearchText.MAX_LENGTH);
        model.addAttribute("notices", notices);
        model.addAttribute("result", result);
        model.addAttribute("params", params);
        model.addAttribute("selectedType", type);
        model.addAttribute("selectedStatus", status);
        model.addAttribute("selectedYear", year);
        model.addAttribute("selectedBodyKind", bodyKind == null ? null : BodyKinds.slug(bodyKind));
        model.addAttribute("selectedParty", party.isEmpty() ? null : party);
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
            model.addAttribute("feed", new FeedLink(params.feedHref(), "feed.title.search", text));
        }
        return "search";
    }

    /**
     * The URL of a search with one thing changed. Parameters appear in a fixed order, empty ones are left out and a
     * changed filter starts again at page 1, so equal searches have equal URLs.
     */
    record SearchParams(String path, String q, String body, String bodyKind, String type, String status,
            Integer year, String party, boolean newestFirst, int page) {

        public String withBody(String value) {
            return new SearchParams(path, q, value, bodyKind, type, status, year, party, newestFirst, 1).href();
        }

        public String withBodyKind(String value) {
            return new SearchParams(path, q, body, value, type, status, year, party, newestFirst, 1).href();
        }

        public String withType(String value) {
            return new SearchParams(path, q, body, bodyKind, value, status, year, party, newestFirst, 1).href();
        }

        public String withStatus(String value) {
            return new SearchParams(path, q, body, bodyKind, type, value, year, party, newestFirst, 1).href();
        }

        public String withYear(String value) {
            return new SearchParams(path, q, body, bodyKind, type, status, value == null ? null
                    : Integer.valueOf(value), party, newestFirst, 1).href();
        }

        public String withParty(String value) {
            return new SearchParams(path, q, body, bodyKind, type, status, year, value, newestFirst, 1).href();
        }

        /** {@code with…} by the facet's URL parameter, for the facet fragment of search.html. */
        public String with(String facet, String value) {
            return switch (facet) {
                case "orgaan" -> withBody(value);
                case "soort-orgaan" -> withBodyKind(value);
                case "soort" -> withType(value);
                case "status" -> withStatus(value);
                case "jaar" -> withYear(value);
                case "fractie" -> withParty(value);
                default -> throw new IllegalArgumentException("no facet " + facet);
            };
        }

        /** The value chosen for the facet with this URL parameter, or {@code null}. */
        public String selected(String facet) {
            return switch (facet) {
                case "orgaan" -> body;
                case "soort-orgaan" -> bodyKind;
                case "soort" -> type;
                case "status" -> status;
                case "jaar" -> year == null ? null : year.toString();
                case "fractie" -> party;
                default -> throw new IllegalArgumentException("no facet " + facet);
            };
        }

        public String withNewestFirst(boolean value) {
            return new SearchParams(path, q, body, bodyKind, type, status, year, party, value, 1).href();
        }

        public String withPage(int value) {
            return new SearchParams(path, q, body, bodyKind, type, status, year, party, newestFirst, value).href();
        }

        /** This search's query string without sorting and page: what is followed, and its feed's query. */
        public String query() {
            String href = new SearchParams(path, q, body, bodyKind, type, status, year, party, false, 1).href();
            return href.contains("?") ? href.substring(href.indexOf('?') + 1) : "";
        }

        public String feedHref() {
            return path + "/feed?" + query();
        }

        public String href() {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "orgaan", body);
            append(query, "soort-orgaan", bodyKind);
            append(query, "soort", type);
            append(query, "status", status);
            append(query, "jaar", year == null ? null : year.toString());
            append(query, "fractie", party);
            append(query, "sorteer", newestFirst ? "datum" : null);
            append(query, "pagina", page > 1 ? Integer.toString(page) : null);
            return query.isEmpty() ? path : path + "?" + query.substring(1);
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isEmpty()) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private static Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 1800 && year <= 2200 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 1-based page number from the URL; anything odd means the first page (the service caps the highest). */
    private static int pageNumber(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            return page >= 1 && page <= 100_000 ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

}
