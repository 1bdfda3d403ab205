-- Quality of "Elders aangenomen" lists on the generated country (docs/benchmarks.md, issue 17). Usage:
--   psql ... -v lists=bench_new -f bench/sql/similar-quality.sql
-- where :lists is a table (id bigint, ids bigint[]) of motions and their lists (ten ids, most alike first), and
-- bench_sample (id, n) numbers the sampled motions (`select id from motions where published order by hashint8(id)`).
-- A generated title is a stock head ("Meer aandacht voor", …), the subject, and sometimes a place ("in de polder");
-- a found motion is on topic when its title names the same subject.
create or replace function pg_temp.subject(title text) returns text language sql immutable
return regexp_replace(regexp_replace(title,
    '^(Meer\ aandacht\ voor|Investeren\ in|Onderzoek\ naar|Verbeteren\ van|Betaalbaar\ houden\ van|'
    || 'Samen\ werken\ aan|Plan\ van\ aanpak\ voor|Veilig\ en\ toegankelijk:|Toekomstbestendig\ maken\ van|'
    || 'Evaluatie\ van|Behoud\ van|Duidelijkheid\ over|Versterken\ van|Eerlijke\ kansen\ in)\s+', ''),
    '\s+(in\ de\ binnenstad|in\ de\ wijken|in\ de\ kernen|in\ het\ buitengebied|in\ de\ dorpen|'
    || 'langs\ de\ rivier|rond\ het\ station|bij\ de\ scholen|in\ de\ oude\ wijken|in\ de\ nieuwbouwwijken|'
    || 'op\ het\ bedrijventerrein|in\ het\ centrum|in\ de\ polder|aan\ de\ rand\ van\ de\ stad|'
    || 'in\ de\ regio|in\ de\ provincie|in\ ons\ land|in\ de\ gemeente|in\ de\ buurten\ met\ weinig\ groen|'
    || 'rond\ het\ ziekenhuis)$', '');

create or replace function pg_temp.telling(motion bigint) returns text[] language sql stable
return array(select w.lexeme from search_documents d cross join unnest(d.document) w
             where d.item_type = 'MOTION' and d.item_id = motion and similar_motions_telling(w.lexeme));

with lists as (
    select s.n, l.id, f.found, f.place, m.title, c.title as found_title
    from :lists l
    join bench_sample s on s.id = l.id
    join motions m on m.id = l.id
    cross join lateral unnest(l.ids) with ordinality f (found, place)
    join motions c on c.id = f.found),
scored as (
    select n, place, pg_temp.subject(title) = pg_temp.subject(found_title) as on_topic,
           cardinality(array(select unnest(pg_temp.telling(id)) intersect select unnest(pg_temp.telling(found))))
               as shared_words
    from lists)
select k.upto as sample,
       round(avg(on_topic::int), 3) as on_topic_all,
       round(avg(on_topic::int) filter (where place <= 5), 3) as on_topic_first5,
       round(avg(shared_words), 1) as shared_words,
       round(count(*)::numeric / k.upto, 1) as found_per_list
from scored, (values (20), (200)) k (upto)
where n <= k.upto
group by k.upto
order by k.upto;
