package nl.motiemonitor.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.ItemTitles;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.beans.factory.annotation.Autowired;
import nl.motiemonitor.shared.PublicDataChanged;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the published motions, commitments and letters (table {@code search_documents}, kept by triggers; see
 * docs/adr/0006-search.md). Drafts are never found: every query requires {@code published}.
 */
@Service
public class SearchService {

    public static final String SEARCH_CACHE = "search";
    public static final int PAGE_SIZE = 20;
    /** Pages are counted with OFFSET; beyond this page the reader is asked to narrow the search. */
    public static final int MAX_PAGE = 50;
    /** Only the newest this many matches are ranked, counted and shown: as many as {@link #MAX_PAGE} pages hold. */
    public static final int MAX_RESULTS = MAX_PAGE * PAGE_SIZE;

    /** ts_headline's markers: control characters, which the indexed text never contains (search_clean). */
    static final char START = '\u0002';
    static final char STOP = '\u0003';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
            + "\", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** No search runs longer; a phrase of two common words can otherwise take seconds (docs/adr/0007-fast-pages.md). */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The words match the text: written out, not taken from a CTE, so that the planner sees the words. */
    private static final String TEXT_MATCH = "d.document @@ websearch_to_tsquery('dutch', :q)";
    /** The query holds the item's number (V13); the keys are computed once per statement, not once per row. */
    private static final String NUMBER_MATCH = "(d.numbers && (select search_number_keys(:q)))";
    /**
     * How well a number matched, above any match of the words (0): the longer the number the query named, the
     * better ("zw 2019 1" names ZW-2019-1 rather than 2019-1), and a motion or commitment before a letter filed under
     * the same number.
     */
    private static final String NUMBER_SCORE = "2 * (select max(length(k)) from unnest(d.numbers) k"
            + " where k = any ((select search_number_keys(:q))::text[])) + (d.item_type <> 'LETTER')::int";
    /** The order of the candidates, and of the index search_documents_by_date. */
    private static final String BY_DATE = "d.item_date desc nulls last, d.item_type, d.item_id desc";
    /** The rank of a candidate: computed for the page of hits, not for the facet counts. */
    private static final String RANK = ", ts_rank_cd(d.document, websearch_to_tsquery('dutch', :q)) as rank";
    /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration timeout;

    @Autowired
    SearchService(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this(jdbc, transactionManager, TIMEOUT);
    }

    SearchService(JdbcClient jdbc, PlatformTransactionManager transactionManager, Duration timeout) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.timeout = timeout;
    }

    /**
     * Results are kept for a minute (cache "search", spring.cache.caffeine.spec): the same query, often one common
     * word, is asked again and again, and a document published meanwhile is found a minute later at most.
     */
    /** Kept results go when what the public may see changes: nothing unpublished is found from memory. */
    @EventListener
    @CacheEvict(cacheNames = SEARCH_CACHE, allEntries = true)
    public void publicDataChanged(PublicDataChanged change) {
        // the annotation does the work
    }

    @Cacheable(cacheNames = SEARCH_CACHE, unless = "!#result.searched()")
    public SearchResult search(SearchQuery query) {
        String text = SearchText.clean(query.text());
        if (query.page() > MAX_PAGE && !text.isEmpty() && text.length() <= SearchText.MAX_LENGTH) {
            return SearchResult.notSearched("search.refused.pages", MAX_PAGE);
        }
        String refused = refusal(text);
        if (refused != null) {
            return SearchResult.notSearched(refused, SearchText.MAX_LENGTH);
        }
        String websearch = SearchText.forWebsearch(text);
        try {
            return limited(() -> searchWithin(query, websearch));
        } catch (SearchTooExpensiveException e) {
            return SearchResult.notSearched("search.refused.expensive");
        }
    }

    /**
     * Runs {@code select} over the candidates of {@code query} exactly as the search page finds them: the CTE
     * {@code found} ({@link #found}, without rank: item_type, item_id, body_id, url_key, title, status, item_date)
     * holds at most {@link #MAX_RESULTS} of them, and the statement runs under the page's time limit. The Atom feed
     * and the e-mail of a followed search read their events this way, so they find what the page finds and cost no
     * more. {@code params} holds {@code select}'s own parameters; the search's are added. A query the page would
     * not search (no words, too long, only words to exclude) finds nothing.
     *
     * <p>The time limit holds until the end of the surrounding transaction, if there is one.
     *
     * @throws SearchTooExpensiveException when the time limit cancelled the statement
     */
    public <T> List<T> overCandidates(SearchQuery query, String select, Map<String, Object> params,
            RowMapper<T> rows) {
        String text = SearchText.clean(query.text());
        if (refusal(text) != null) {
            return List.of();
        }
        String websearch = SearchText.forWebsearch(text);
        return limited(() -> {
            Map<String, Object> all = new LinkedHashMap<>(params);
            String where = filters(query, websearch, all);
            return jdbc.sql(found(where, false) + "\n" + select).params(all).param("candidates", MAX_RESULTS)
                    .query(rows).list();
        });
    }

    /** Why a query is not searched, as a message key (argument: the longest query), or null when it is searched. */
    private String refusal(String text) {
        if (text.isEmpty()) {
            return "search.refused.empty";
        }
        if (text.length() > SearchText.MAX_LENGTH) {
            return "search.refused.tooLong";
        }
        Map<String, Object> shape = jdbc.sql("""
                select numnode(q) as nodes, querytree(q) as tree from websearch_to_tsquery('dutch', :q) q""")
                .param("q", SearchText.forWebsearch(text)).query().singleRow();
        if (((Number) shape.get("nodes")).intValue() == 0) {
            return "search.refused.noWords";
        }
        if ("T".equals(shape.get("tree"))) {
            return "search.refused.onlyExcluded";
        }
        return null;
    }

    /**
     * The search page's limits around {@code work}, in a read-only transaction (or the caller's): a plan made for
     * this query's words, never a generic one (a rare word and a word in most documents need different plans, see
     * {@link #found}, and a cached generic plan would serve one of them badly), and the time limit.
     */
    private <T> T limited(java.util.function.Supplier<T> work) {
        try {
            return transactions.execute(status -> {
                jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('statement_timeout', :timeout, true)")
                        .param("timeout", timeout.toMillis() + "ms").query().singleRow();
                return work.get();
            });
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                throw new SearchTooExpensiveException(e);
            }
            throw e;
        }
    }

    /**
     * Every result of the search, as its pages show them one after the other (at most {@link #MAX_RESULTS}, in the
     * same order, under the same time limit), without the snippets: for the search's downloads. The result of a
     * query the page would not search says why, as {@link #search} does; its facets are empty.
     */
    public SearchResult allPages(SearchQuery query) {
        String text = SearchText.clean(query.text());
        String refused = refusal(text);
        if (refused != null) {
            return SearchResult.notSearched(refused, SearchText.MAX_LENGTH);
        }
        String websearch = SearchText.forWebsearch(text);
        try {
            List<SearchHit> hits = limited(() -> {
                Map<String, Object> params = new LinkedHashMap<>();
                return hits(query, filters(query, websearch, params), params, MAX_RESULTS, 0, false);
            });
            return new SearchResult(hits, hits.size(), hits.size() >= MAX_RESULTS, false, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), null, List.of());
        } catch (SearchTooExpensiveException e) {
            return SearchResult.notSearched("search.refused.expensive");
        }
    }

    private SearchResult searchWithin(SearchQuery query, String websearch) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = filters(query, websearch, params);
        List<SearchHit> hits = new ArrayList<>(hits(query, where, params, PAGE_SIZE + 1,
                (query.page() - 1) * PAGE_SIZE, true));
        boolean hasNext = hits.size() > PAGE_SIZE;
        if (hasNext) {
            hits.remove(PAGE_SIZE);
        }

        List<FacetValue> bodies = new ArrayList<>();
        List<FacetValue> types = new ArrayList<>();
        List<FacetValue> statuses = new ArrayList<>();
        List<FacetValue> years = new ArrayList<>();
        List<FacetValue> bodyKinds = new ArrayList<>();
        List<FacetValue> parties = new ArrayList<>();
        jdbc.sql("""
                %s,
                     m as (select body_id, item_type, item_id, status, extract(year from item_date)::int as year
                           from found)
                select 'body' as facet, b.slug as value, b.name as label, count(*) as n
                from m join bodies b on b.id = m.body_id group by b.slug, b.name
                union all
                select 'type', item_type, null, count(*) from m group by item_type
                union all
                select 'status', status, null, count(*) from m where status is not null group by status
                union all
                select 'year', year::text, null, count(*) from m where year is not null group by year
                union all
                select 'kind', b.kind, null, count(*) from m join bodies b on b.id = m.body_id group by b.kind
                union all
                select 'party', sp.party, null, count(*)
                from m join motion_parties sp on sp.motion_id = m.item_id
                where m.item_type = 'MOTION'
                group by sp.party
                """.formatted(found(where, false)))
                .params(params)
                .param("candidates", MAX_RESULTS)
                .query((rs, row) -> {
                    String facet = rs.getString("facet");
                    String value = rs.getString("value");
                    long count = rs.getLong("n");
                    switch (facet) {
                        case "body" -> bodies.add(new FacetValue(value, rs.getString("label"), count));
                        case "type" -> {
                            ItemType type = ItemType.valueOf(value);
                            types.add(new FacetValue(type.slug(), type.pluralLabel(), "search.types." + type, count));
                        }
                        case "status" -> {
                            ItemStatus status = ItemStatus.valueOf(value);
                            statuses.add(new FacetValue(status.slug(), status.label(), "status." + status, count));
                        }
                        case "kind" -> {
                            BodyKind kind = BodyKind.valueOf(value);
                            bodyKinds.add(new FacetValue(BodyKinds.slug(kind), kind.label(), "body.kind." + kind, count));
                        }
                        case "party" -> parties.add(new FacetValue(value, value, count));
                        default -> years.add(new FacetValue(value, value, count));
                    }
                    return facet;
                }).list();
        long total = types.stream().mapToLong(FacetValue::count).sum();
        bodies.sort(java.util.Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::label));
        types.sort(java.util.Comparator.comparing(value -> ItemType.fromSlug(value.value()).orElseThrow().ordinal()));
        statuses.sort(java.util.Comparator.comparing(value -> ItemStatus.fromSlug(value.value()).orElseThrow()
                .ordinal()));
        years.sort(java.util.Comparator.comparing(FacetValue::value).reversed());
        bodyKinds.sort(java.util.Comparator.comparing(value -> BodyKinds.fromSlug(value.value()).orElseThrow()
                .ordinal()));
        parties.sort(java.util.Comparator.comparing(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return new SearchResult(List.copyOf(hits), total, total >= MAX_RESULTS, hasNext, bodies, types, statuses,
                years, bodyKinds, parties, null, List.of());
    }

    /**
     * {@code limit} results from {@code offset} in the page's order (numbers first, then by rank, or newest first),
     * with the snippet of each when {@code headlines}: it reads the whole text, so only for the rows of a page.
     */
    private List<SearchHit> hits(SearchQuery query, String where, Map<String, Object> params, int limit, int offset,
            boolean headlines) {
        // names of output columns, so the same order serves the candidates, the page and the outer query
        String order = (query.newestFirst() ? "" : "number_match desc, rank desc, ")
                + "item_date desc nulls last, item_type, item_id desc";
        return jdbc.sql("""
                %s
                select p.item_type, p.item_id, p.url_key, p.title, p.status, p.item_date, p.rank, b.slug, b.name,
                       d.titled, d.number, d.sender,
                       %s as headline
                from (select * from found order by %s limit :limit offset :offset) p
                join search_documents d on d.item_type = p.item_type and d.item_id = p.item_id
                join bodies b on b.id = p.body_id
                cross join q
                order by %s""".formatted(found(where, true),
                        headlines ? "ts_headline('dutch', d.content, q.query, :options)" : "null", order, order))
                .params(params)
                .param("candidates", MAX_RESULTS)
                .param("options", HEADLINE_OPTIONS)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> {
                    ItemType type = ItemType.valueOf(rs.getString("item_type"));
                    String slug = rs.getString("slug");
                    String status = rs.getString("status");
                    return new SearchHit(type, rs.getLong("item_id"), slug, rs.getString("name"),
                            rs.getString("title"), label(rs), status == null ? null : ItemStatus.valueOf(status),
                            rs.getObject("item_date", LocalDate.class), safeHeadline(rs.getString("headline")),
                            path(type, slug, rs.getString("url_key")));
                }).list();
    }

    /**
     * How a page names a row of {@code search_documents}: its own title, or one made up from its parts in the page's
     * language (V25). The row needs {@code item_type, title, titled, number, sender, item_date}.
     */
    public static MessageSourceResolvable label(ResultSet rs) throws SQLException {
        if (rs.getBoolean("titled")) {
            return Phrase.text(rs.getString("title"));
        }
        return switch (ItemType.valueOf(rs.getString("item_type"))) {
            case MOTION -> ItemTitles.motion(null, rs.getString("number"));
            case COMMITMENT -> ItemTitles.commitment(rs.getString("number"));
            case LETTER -> ItemTitles.letter(null, rs.getString("sender"), rs.getObject("item_date", LocalDate.class));
        };
    }

    /** The published rule and the chosen filters on {@code search_documents d}; every parameter, {@code :q} too. */
    static String filters(SearchQuery query, String websearch, Map<String, Object> params) {
        params.put("q", websearch);
        StringBuilder where = new StringBuilder("d.published");
        if (query.bodyId() != null) {
            where.append(" and d.body_id = :bodyId");
            params.put("bodyId", query.bodyId());
        }
        if (query.type() != null) {
            where.append(" and d.item_type = :type");
            params.put("type", query.type().name());
        }
        if (query.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", query.status().name());
        }
        if (query.year() != null) {
            where.append(" and d.item_date >= :yearStart and d.item_date < :yearEnd");
            params.put("yearStart", LocalDate.of(query.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.bodyKind() != null) {
            where.append(" and exists (select 1 from bodies k where k.id = d.body_id and k.kind = :bodyKind)");
            params.put("bodyKind", query.bodyKind().name());
        }
        if (query.party() != null) {
            // parties are read at query time (ADR 0006; view motion_parties): always current, drafts excluded above
            where.append(" and d.item_type = 'MOTION' and exists (select 1 from motion_parties s"
                    + " where s.motion_id = d.item_id and s.party = :party)");
            params.put("party", query.party());
        }
        return where.toString();
    }

    /**
     * The candidates: the items whose number the query holds (best first, see {@link #NUMBER_SCORE}), then
     * the {@link #MAX_RESULTS} newest matches of the words, with their rank if asked; no more than
     * {@link #MAX_RESULTS} in all. A number is found through its own index. A rare word's few matches are all
     * candidates (the GIN index finds them, a top-N sort keeps the newest); a word in most documents is found by
     * walking the date index until enough match, so no query ranks or counts hundreds of thousands of rows
     * (docs/adr/0007-fast-pages.md). The planner picks the path from the words' frequencies in its statistics.
     */
    static String found(String filters, boolean ranked) {
        String columns = "d.item_type, d.item_id, d.body_id, d.url_key, d.title, d.status, d.item_date"
                + (ranked ? RANK : "");
        return """
                with q as (select websearch_to_tsquery('dutch', :q) as query),
                     found as materialized (
                         select * from (
                             (select %1$s, %6$s as number_match
                              from search_documents d
                              where %2$s and %3$s
                              order by %5$s limit :candidates)
                             union all
                             (select %1$s, 0
                              from search_documents d
                              where %2$s and %4$s and not %3$s
                              order by %5$s limit :candidates)) f
                         order by number_match desc, item_date desc nulls last, item_type, item_id desc
                         limit :candidates)""".formatted(columns, filters, NUMBER_MATCH, TEXT_MATCH, BY_DATE,
                NUMBER_SCORE);
    }

    private static String path(ItemType type, String bodySlug, String urlKey) {
        return PublicPaths.item(type.name(), bodySlug, urlKey);
    }

    /**
     * ts_headline's output is the document's text with the markers around matches; the text may contain anything,
     * markup included. So all of it is HTML-escaped, and only then are the markers made into {@code <mark>}
     * elements, always balanced.
     */
    static String safeHeadline(String headline) {
        if (headline == null) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(headline, "UTF-8");
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == START) {
                if (!open) {
                    out.append("<mark>");
                    open = true;
                }
            } else if (c == STOP) {
                if (open) {
                    out.append("</mark>");
                    open = false;
                }
            } else if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
