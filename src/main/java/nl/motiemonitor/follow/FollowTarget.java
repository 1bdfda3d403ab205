package nl.motiemonitor.follow;

import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.search.BodyKinds;
import nl.motiemonitor.search.ItemType;
import nl.motiemonitor.search.SearchQuery;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One thing followed: an item, a body, a party's motions in a body, or a search (its query string, e.g.
 * {@code q=sekswerkers&orgaan=den-haag&soort=motie}). {@code title} names it in any language (a
 * message with its arguments; a stored subscription's title is the Dutch text it was stored with), {@code path} is
 * its page.
 */
record FollowTarget(Target target, Long bodyId, Long itemId, String party, String search,
        MessageSourceResolvable title,
        String path) {

    /**
     * The SQL condition on {@code item_events e} (joined with {@code search_documents d}) and its parameters. Not for
     * a search: its events are read over the search's candidates ({@link Events}).
     */
    String condition(Map<String, Object> params) {
        switch (target) {
            case MOTION, COMMITMENT -> {
                params.put("itemType", target.name());
                params.put("itemId", itemId);
                return "e.item_type = :itemType and e.item_id = :itemId";
            }
            case BODY -> {
                params.put("bodyId", bodyId);
                return "e.body_id = :bodyId";
            }
            case ALL -> {
                return "true";
            }
            case PARTY -> {
                params.put("bodyId", bodyId);
                params.put("party", party);
                return "e.body_id = :bodyId and e.item_type = 'MOTION' and exists (select 1 from motion_parties s"
                        + " where s.motion_id = e.item_id and s.party = :party)";
            }
            default -> throw new IllegalStateException("a search has no plain condition: " + this);
        }
    }

    /**
     * The saved search as the search page reads it; empty when a filter names something that does not exist (such
     * a search is followed as finding nothing).
     */
    Optional<SearchQuery> searchQuery() {
        MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(search).build()
                .getQueryParams();
        String type = decode(query.getFirst("soort"));
        String status = decode(query.getFirst("status"));
        String year = decode(query.getFirst("jaar"));
        String kind = decode(query.getFirst("soort-orgaan"));
        Optional<ItemType> parsedType = type == null ? Optional.empty() : ItemType.fromSlug(type);
        Optional<ItemStatus> parsedStatus = status == null ? Optional.empty() : ItemStatus.fromSlug(status);
        Optional<BodyKind> parsedKind = kind == null ? Optional.empty() : BodyKinds.fromSlug(kind);
        if ((type != null && parsedType.isEmpty()) || (status != null && parsedStatus.isEmpty())
                || (kind != null && parsedKind.isEmpty()) || (year != null && !year.matches("[0-9]{4}"))) {
            return Optional.empty();
        }
        return Optional.of(new SearchQuery(decode(query.getFirst("q")), bodyId, parsedType.orElse(null),
                parsedStatus.orElse(null), year == null ? null : Integer.valueOf(year), false, 1,
                parsedKind.orElse(null), decode(query.getFirst("fractie"))));
    }

    private static String decode(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
