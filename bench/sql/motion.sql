-- GET /{body}/moties/{number} (MotionController): the body, the motion with clauses, footnotes and sponsors, the
-- letters answering it, the sponsors' names, and "Elders aangenomen" (SimilarMotions, verbatim)
\set n random(1, :count)
select b.* from bodies b where b.slug = (select slug from bench_motion where n = :n);
select m.* from motions m where m.body_id = (select body_id from bench_motion where n = :n) and m.url_key = (select url_key from bench_motion where n = :n) and m.published;
select c.* from clauses c where c.motion_id = (select id from bench_motion where n = :n);
select f.* from footnotes f where f.motion_id = (select id from bench_motion where n = :n);
select s.* from motion_sponsors s where s.motion_id = (select id from bench_motion where n = :n);
select a.motion_id, l.*, a.response from letters l join letter_items a on a.letter_id = l.id where l.published and a.motion_id = (select id from bench_motion where n = :n) order by l.sent_on desc nulls last, l.id desc;
select mb.*, p.* from members mb left join parties p on p.id = mb.party_id where mb.id in (select member_id from motion_sponsors where motion_id = (select id from bench_motion where n = :n));
with motion as (select id, body_id from motions where id = (select id from bench_motion where n = :n)),
     source as (select coalesce(
                    (select string_agg(c.text, E'\n' order by c.position) from clauses c
                     where c.motion_id = motion.id and c.kind in ('REQUEST', 'INSTRUCTION')),
                    (select d.content from search_documents d
                     where d.item_type = 'MOTION' and d.item_id = motion.id)) as text,
                       motion.body_id
                from motion),
     ignored as (select w.lexeme from unnest(to_tsvector('dutch', 'verzoekt verzoeken draagt opdragen roept oproept oproepen college raad gemeente gemeenteraad wethouder burgemeester onderzoeken onderzoek mogelijkheden mogelijkheid motie regering provincie gedeputeerde staten provinciale bestuur dagelijks algemeen waterschap kabinet minister staatssecretaris kamer informeren samen relevante partners hierover daarover daarbij terug rapporteren komen zorgen maken voeren stellen nemen voorstel voorstellen uiterlijk jaar jaren binnen zodat waarbij gaan')) w
                 union
                 select w.lexeme from source join bodies b on b.id = source.body_id,
                        unnest(to_tsvector('dutch', b.name)) w),
     words as (select '''' || replace(replace(w.lexeme, '\', '\\'), '''', '''''') || '''' as literal
               from source, unnest(to_tsvector('dutch', source.text)) w
               where length(w.lexeme) >= 4 and w.lexeme !~ '^[0-9]+$'
                 and w.lexeme not in (select lexeme from ignored)
               order by cardinality(w.positions) desc, length(w.lexeme) desc, w.lexeme
               limit 8),
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
limit 5;
