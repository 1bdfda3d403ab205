package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.search.BodyKinds;
import nl.motiemonitor.search.ItemType;
import nl.motiemonitor.search.SearchQuery;
import nl.motiemonitor.search.SearchText;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;

/**
 * A search as its page and its downloads read it from the URL: the words, the filters chosen (a value the page does
 * not know is left out, with a notice saying so), the order and the page; the query for the search module and the
 * URL of the search as the page writes it ({@link SearchParams}).
 */
record SearchRequest(SearchQuery query, SearchParams params, ItemType type, ItemStatus status, Integer year,
        String party, List<MessageSourceResolvable> notices) {

    /**
     * @param scope      the body whose search page this is ({@code /den-haag/zoeken}), or null for {@code /zoeken}
     * @param filterBody the body searched in: the scope, or the one {@code ?orgaan=} names, or null
     * @param notices    what was already found wrong in the URL (an unknown {@code orgaan}); more are added
     */
    static SearchRequest parse(BodyView scope, BodyView filterBody, BodyKind bodyKind, String q, String typeParam,
            String statusParam, String yearParam, String partyParam, String sortParam, String pageParam,
            List<MessageSourceResolvable> notices) {
        List<MessageSourceResolvable> all = new ArrayList<>(notices);
        ItemType type = null;
        if (typeParam != null && !typeParam.isBlank()) {
            type = ItemType.fromSlug(typeParam).orElse(null);
            if (type == null) {
                all.add(Notices.of("search.notice.type", typeParam));
            }
        }
        ItemStatus status = null;
        if (statusParam != null && !statusParam.isBlank()) {
            status = ItemStatus.fromSlug(statusParam).orElse(null);
            if (status == null) {
                all.add(Notices.of("filter.notice.status", statusParam));
            }
        }
        Integer year = null;
        if (yearParam != null && !yearParam.isBlank()) {
            year = ItemListFilter.parseYear(yearParam);
            if (year == null) {
                all.add(Notices.of("filter.notice.year", yearParam));
            }
        }
        String party = SearchText.clean(partyParam);
        if (party.length() > 200) {
            all.add(Notices.of("search.notice.party"));
            party = "";
        }
        boolean newestFirst = "datum".equals(sortParam);
        int page = pageNumber(pageParam);
        String text = SearchText.clean(q);
        SearchQuery query = new SearchQuery(text, filterBody == null ? null : filterBody.id(), type, status, year,
                newestFirst, page, bodyKind, party.isEmpty() ? null : party);
        SearchParams params = new SearchParams(scope == null ? "/zoeken" : "/" + scope.slug() + "/zoeken", text,
                scope == null && filterBody != null ? filterBody.slug() : null,
                bodyKind == null ? null : BodyKinds.slug(bodyKind), type == null ? null : type.slug(),
                status == null ? null : status.slug(), year, party.isEmpty() ? null : party, newestFirst, page);
        return new SearchRequest(query, params, type, status, year, party.isEmpty() ? null : party, List.copyOf(all));
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
