package nl.motiemonitor.search;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Elders aangenomen": published, adopted motions of other bodies that ask for the same thing (see
 * docs/adr/0006-search.md). The words are taken from the motion's operative clauses (verzoekt / draagt op), or from
 * its whole text when it has none; the most telling of them (not the boilerplate of every motion, not the body's own
 * name) form an OR query against the search index, and a motion must share at least two of them.
 */
@Service
@Transactional(readOnly = true)
public class SimilarMotions {

    public static final int LIMIT = 5;
    /** How many of the motion's words are searched for. */
    static final int WORDS = 8;

    /**
     * Words that nearly every motion uses in its operative part, or that only name the addressee; stemmed by the
     * database with the same {@code dutch} configuration as the index.
     */
    static final String BOILERPLATE = """
            verzoekt verzoeken draagt opdragen roept oproept oproepen college raad gemeente gemeenteraad wethouder
            burgemeester onderzoeken onderzoek mogelijkheden mogelijkheid motie regering provincie gedeputeerde staten
            provinciale bestuur dagelijks algemeen waterschap kabinet minister staatssecretaris kamer informeren
            samen relevante partners hierover daarover daarbij terug rapporteren komen zorgen maken voeren stellen nemen
            voorstel voorstellen uiterlijk jaar jaren binnen zodat waarbij gaan""";

    private final JdbcClient jdbc;

    SimilarMotions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@link #LIMIT} motions, most alike first; empty when the motion has no telling words. */
    public List<SimilarMotion> adoptedElsewhere(long motionId) {
        return jdbc.sql("""
                with motion as (select id, body_id from motions where id = :motion),
                     source as (select coalesce(
                                    (select string_agg(c.text, E'\\n' order by c.position) from clauses c
                                     where c.motion_id = motion.id and c.kind in ('REQUEST', 'INSTRUCTION')),
                                    (select d.content from search_documents d
                                     where d.item_type = 'MOTION' and d.item_id = motion.id)) as text,
                                       motion.body_id
                                from motion),
                     ignored as (select w.lexeme from unnest(to_tsvector('dutch', :boilerplate)) w
                                 union
                                 select w.lexeme from source join bodies b on b.id = source.body_id,
                                        unnest(to_tsvector('dutch', b.name)) w),
                     words as (select '''' || replace(replace(w.lexeme, '\\', '\\\\'), '''', '''''') || '''' as literal
                               from source, unnest(to_tsvector('dutch', source.text)) w
                               where length(w.lexeme) >= 4 and w.lexeme !~ '^[0-9]+$'
                                 and w.lexeme not in (select lexeme from ignored)
                               order by cardinality(w.positions) desc, length(w.lexeme) desc, w.lexeme
                               limit :words),
                     q as (select string_agg(literal, ' | ')::tsquery as query,
                                  array_agg(literal::tsquery) as terms from words)
                select s.title, s.url_key, s.status, b.slug, b.name, m.adopted_on, m.adopted_on_precision
                from (select d.item_id, d.body_id, d.url_key, d.title, d.status, d.item_date,
                             (select count(*) from unnest(q.terms) t where d.document @@ t) as matched,
                             ts_rank_cd(d.document, q.query) as rank
                      from search_documents d cross join q
                      where d.published and d.item_type = 'MOTION' and d.status is not null
                        and d.body_id <> (select body_id from motion) and d.document @@ q.query) s
                join motions m on m.id = s.item_id and m.vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')
                join bodies b on b.id = s.body_id
                where s.matched >= least(2, (select cardinality(terms) from q))
                order by s.matched desc, s.rank desc, s.item_date desc nulls last, s.item_id desc
                limit :limit""")
                .param("motion", motionId)
                .param("boilerplate", BOILERPLATE)
                .param("words", WORDS)
                .param("limit", LIMIT)
                .query((rs, row) -> {
                    String slug = rs.getString("slug");
                    return new SimilarMotion(slug, rs.getString("name"), rs.getString("title"),
                            rs.getObject("adopted_on", LocalDate.class),
                            DatePrecision.valueOf(rs.getString("adopted_on_precision")),
                            ItemStatus.valueOf(rs.getString("status")),
                            "/" + slug + "/moties/" + rs.getString("url_key"));
                }).list();
    }
}
