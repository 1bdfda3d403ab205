package nl.motiemonitor.follow;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.search.SearchText;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Finds what a URL (or a subscription) follows; only published items and existing bodies and parties. */
@Component
@Transactional(readOnly = true)
class Targets {

    private final Bodies bodies;
    private final JdbcClient jdbc;

    Targets(Bodies bodies, JdbcClient jdbc) {
        this.bodies = bodies;
        this.jdbc = jdbc;
    }

    public Optional<FollowTarget> motion(String slug, String urlKey) {
        return item(Target.MOTION, slug, urlKey);
    }

    public Optional<FollowTarget> commitment(String slug, String urlKey) {
        return item(Target.COMMITMENT, slug, urlKey);
    }

    public Optional<FollowTarget> body(String slug) {
        return bodies.findBySlug(slug).map(body -> new FollowTarget(Target.BODY, body.id(), null, null, null,
                Phrase.of("follow.target.body", body.name()), "/" + body.slug()));
    }

    /** Everything of every body: the national feed. */
    public FollowTarget all() {
        return new FollowTarget(Target.ALL, null, null, null, null, Phrase.of("follow.target.all"), "/");
    }

    public Optional<FollowTarget> party(String slug, String party) {
        return bodies.findBySlug(slug).filter(body -> party != null && jdbc.sql("""
                        select exists (select 1 from parties where body_id = :body
                                       and coalesce(abbreviation, name) = :party)""")
                        .param("body", body.id()).param("party", party).query(Boolean.class).single())
                .map(body -> new FollowTarget(Target.PARTY, body.id(), null, party, null,
                        Phrase.of("follow.target.party", party, body.name()),
                        PublicPaths.partyMotions(body.slug(), party)));
    }

    /**
     * A search by its query string; empty when it has no words ({@code q}) or names a body that does not exist.
     * {@code scopeSlug} is the body of {@code /{body}/zoeken}, or null for all bodies.
     */
    public Optional<FollowTarget> search(String scopeSlug, String queryString) {
        String query = queryString == null ? "" : queryString;
        var params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        String q = params.getFirst("q") == null ? "" : java.net.URLDecoder.decode(params.getFirst("q"),
                StandardCharsets.UTF_8);
        if (SearchText.clean(q).isBlank() || q.length() > SearchText.MAX_LENGTH) {
            return Optional.empty();
        }
        String bodySlug = scopeSlug != null ? scopeSlug : params.getFirst("orgaan");
        Optional<BodyView> body = bodySlug == null ? Optional.empty() : bodies.findBySlug(bodySlug);
        if (bodySlug != null && body.isEmpty()) {
            return Optional.empty();
        }
        String canonical = canonical(query);
        return Optional.of(new FollowTarget(Target.SEARCH, body.map(BodyView::id).orElse(null), null, null, canonical,
                body.map(b -> Phrase.of("follow.target.searchIn", SearchText.clean(q), b.name()))
                        .orElse(Phrase.of("follow.target.search", SearchText.clean(q))),
                PublicPaths.search(scopeSlug, canonical)));
    }

    /** What a stored subscription follows. */
    FollowTarget stored(Target target, Long bodyId, Long itemId, String party, String search, String title) {
        String slug = bodyId == null ? null : bodies.byIds(java.util.List.of(bodyId)).get(bodyId).slug();
        String path = switch (target) {
            case MOTION, COMMITMENT -> jdbc.sql("select url_key from search_documents where item_type = :type"
                            + " and item_id = :id").param("type", target.name()).param("id", itemId)
                    .query(String.class).optional().map(urlKey -> PublicPaths.item(target.name(), slug, urlKey))
                    .orElse(PublicPaths.body(slug));
            case BODY -> PublicPaths.body(slug);
            case PARTY -> PublicPaths.partyMotions(slug, party);
            case SEARCH -> PublicPaths.search(null, search);
            case ALL -> "/";
        };
        return new FollowTarget(target, bodyId, itemId, party, search,
                new DefaultMessageSourceResolvable(null, null, title), path);
    }

    private Optional<FollowTarget> item(Target target, String slug, String urlKey) {
        String table = target == Target.MOTION ? "motions" : "commitments";
        String columns = target == Target.MOTION ? "i.title, i.registration_number as number"
                : "null as title, i.number";
        return bodies.findBySlug(slug).flatMap(body -> jdbc.sql("select i.id, " + columns + " from " + table
                        + " i where i.body_id = :body and i.url_key = :key and i.published")
                .param("body", body.id()).param("key", urlKey)
                .query((rs, row) -> new FollowTarget(target, body.id(), rs.getLong("id"), null, null,
                        rs.getString("title") != null
                                ? Phrase.of("follow.target.item", rs.getString("title"), body.name())
                                : Phrase.of("follow.target." + target.name().toLowerCase(java.util.Locale.ROOT),
                                        rs.getString("number"), body.name()),
                        PublicPaths.item(target.name(), body.slug(), urlKey)))
                .optional());
    }

    /** The query string with only the parameters a search has, in a fixed order. */
    private static String canonical(String query) {
        var params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"q", "orgaan", "soort-orgaan", "soort", "status", "jaar", "fractie"}) {
            String value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        }
        return out.toString();
    }
}
