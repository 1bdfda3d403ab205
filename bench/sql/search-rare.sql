-- GET /zoeken?q=… rare word (SearchService, verbatim): the query's shape, the page of hits with headlines, the facets
\set n random(1, :count)
select numnode(q) as nodes, querytree(q) as tree from websearch_to_tsquery('dutch', (select q from bench_word where kind = 'rare' and n = :n)) q;
with q as (select websearch_to_tsquery('dutch', (select q from bench_word where kind = 'rare' and n = :n)) as query)
select p.item_type, p.item_id, p.url_key, p.title, p.status, p.item_date, p.rank, b.slug, b.name,
       ts_headline('dutch', p.content, q.query, E'StartSel="\x02", StopSel="\x03", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "') as headline
from (select d.item_type, d.item_id, d.body_id, d.url_key, d.title, d.status, d.item_date,
             d.content, ts_rank_cd(d.document, q.query) as rank
      from search_documents d cross join q
      where d.published and d.document @@ q.query
      order by rank desc, item_date desc nulls last, item_type, item_id desc
      limit 21 offset 0) p
join bodies b on b.id = p.body_id
cross join q
order by rank desc, item_date desc nulls last, item_type, item_id desc;
with q as (select websearch_to_tsquery('dutch', (select q from bench_word where kind = 'rare' and n = :n)) as query),
     m as (select d.body_id, d.item_type, d.item_id, d.status,
                  extract(year from d.item_date)::int as year
           from search_documents d cross join q
           where d.published and d.document @@ q.query)
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
from m cross join lateral (select distinct coalesce(p.abbreviation, p.name) as party
                           from motion_sponsors s join members sm on sm.id = s.member_id
                           join parties p on p.id = sm.party_id
                           where s.motion_id = m.item_id) sp
where m.item_type = 'MOTION'
group by sp.party;
