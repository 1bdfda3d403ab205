package nl.motiemonitor.search;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Elders aangenomen": published, adopted motions of other bodies that ask for the same thing. The lists are
 * computed in the background by the database function {@code similar_motions_compute} (V39; see
 * {@link SimilarMotionsRefresher} and docs/adr/0007-fast-pages.md) and read here with one indexed lookup; a motion
 * found earlier that is no longer published or adopted is left out when read.
 */
@Service
@Transactional(readOnly = true)
public class SimilarMotions {

    public static final int LIMIT = 5;

    private final JdbcClient jdbc;

    SimilarMotions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@link #LIMIT} motions, most alike first; empty when none were found or none computed yet. */
    public List<SimilarMotion> adoptedElsewhere(long motionId) {
        return jdbc.sql("""
                select d.title, d.url_key, d.status, b.slug, b.name, m.adopted_on, m.adopted_on_precision
                from similar_motions s
                cross join unnest(s.similar_ids) with ordinality as found(id, position)
                join search_documents d on d.item_type = 'MOTION' and d.item_id = found.id and d.published
                join motions m on m.id = found.id and m.vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')
                join bodies b on b.id = d.body_id
                where s.motion_id = :motion and d.status is not null
                order by found.position
                limit :limit""")
                .param("motion", motionId)
                .param("limit", LIMIT)
                .query((rs, row) -> {
                    String slug = rs.getString("slug");
                    return new SimilarMotion(slug, rs.getString("name"), rs.getString("title"),
                            rs.getObject("adopted_on", LocalDate.class),
                            DatePrecision.valueOf(rs.getString("adopted_on_precision")),
                            ItemStatus.valueOf(rs.getString("status")),
                            PublicPaths.motion(slug, rs.getString("url_key")));
                }).list();
    }
}
