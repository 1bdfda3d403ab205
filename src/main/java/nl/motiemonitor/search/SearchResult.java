package nl.motiemonitor.search;

import java.util.List;

/**
 * A page of results, the total, and the facets of all results (with the chosen filters applied). {@code message}
 * is the key in messages.properties (with {@code messageArguments}) of why nothing was searched (empty or too long a
 * query); it is {@code null} after a search.
 * {@code parties} counts motions per sponsor party: a motion with sponsors of two parties counts for both, so these
 * counts need not add up to the total. When {@code capped}, more documents matched than
 * {@link SearchService#MAX_RESULTS}: the total, the ranking and the facets then cover the newest that many.
 */
public record SearchResult(List<SearchHit> hits, long total, boolean capped, boolean hasNext, List<FacetValue> bodies,
        List<FacetValue> types, List<FacetValue> statuses, List<FacetValue> years, List<FacetValue> bodyKinds,
        List<FacetValue> parties, String message, List<Object> messageArguments) {

    static SearchResult notSearched(String message, Object... arguments) {
        return new SearchResult(List.of(), 0, false, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                message, List.of(arguments));
    }

    public boolean searched() {
        return message == null;
    }
}
