package nl.motiemonitor.follow;

import java.util.Map;

import nl.motiemonitor.search.BodyKinds;
import nl.motiemonitor.search.SearchText;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One thing followed: an item, a body, a party's motions in a body, or a search (its query string, e.g.
 * {@code q=sekswerkers&orgaan=den-haag&soort=motie}). {@code title} names it in Dutch, {@code path} is its page.
 */
public record FollowTarget(Target target, Long bodyId, Long itemId, String party, String search, String title,
        String path) {

    /** The SQL condition on {@code item_events e} (joined with {@code search_documents d}) and its parameters. */
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
                return "e.body_id = :bodyId and e.item_type = 'MOTION' and exists (select 1 from motion_sponsors s"
                        + " join members sm on sm.id = s.member_id join parties p on p.id = sm.party_id"
                        + " where s.motion_id = e.item_id and coalesce(p.abbreviation, p.name) = :party)";
            }
            default -> {
                MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(search).build()
                        .getQueryParams();
                String text = SearchText.forWebsearch(SearchText.clean(decode(query.getFirst("q"))));
                params.put("q", text);
                StringBuilder where = new StringBuilder("d.document @@ websearch_to_tsquery('dutch', :q)");
                if (bodyId != null) {
                    params.put("bodyId", bodyId);
                    where.append(" and e.body_id = :bodyId");
                }
                String type = decode(query.getFirst("soort"));
                if (type != null) {
                    params.put("type", switch (type) {
                        case "motie" -> "MOTION";
                        case "toezegging" -> "COMMITMENT";
                        case "brief" -> "LETTER";
                        default -> "NONE";
                    });
                    where.append(" and e.item_type = :type");
                }
                // the other filters of the search, as SearchService applies them (an unknown value matches nothing)
                String status = decode(query.getFirst("status"));
                if (status != null) {
                    params.put("status", ItemStatus.fromSlug(status).map(Enum::name).orElse("NONE"));
                    where.append(" and d.status = :status");
                }
                String year = decode(query.getFirst("jaar"));
                if (year != null) {
                    params.put("year", year.matches("[0-9]{4}") ? Integer.parseInt(year) : -1);
                    where.append(" and extract(year from d.item_date) = :year");
                }
                String kind = decode(query.getFirst("soort-orgaan"));
                if (kind != null) {
                    params.put("kind", BodyKinds.fromSlug(kind).map(Enum::name).orElse("NONE"));
                    where.append(" and exists (select 1 from bodies k where k.id = e.body_id and k.kind = :kind)");
                }
                String party = decode(query.getFirst("fractie"));
                if (party != null) {
                    params.put("party", party);
                    where.append(" and e.item_type = 'MOTION' and exists (select 1 from motion_sponsors s"
                            + " join members sm on sm.id = s.member_id join parties p on p.id = sm.party_id"
                            + " where s.motion_id = e.item_id and coalesce(p.abbreviation, p.name) = :party)");
                }
                return where.toString();
            }
        }
    }

    private static String decode(String value) {
        return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
