-- bench/run.sh: the realistic sets the benchmark draws from, as bench_* tables in the bench database (pgbench
-- reads them) and as path files for wrk (written by run.sh with \copy). Seeded, so every run uses the same sets.
select setseed(0.42);

drop table if exists bench_motion, bench_body, bench_word, bench_facet;

-- 1000 random published motions: /{body}/moties/{url_key}
create table bench_motion as
select row_number() over () as n, m.id, m.body_id, b.slug, m.url_key
from (select id, body_id, url_key from motions where published order by random() limit 1000) m
join bodies b on b.id = m.body_id;

-- every body with published motions, with the offset of its last page of 20 (the deep page)
create table bench_body as
select row_number() over (order by b.id) as n, b.id, b.slug, c.motions,
       greatest(ceil(c.motions / 20.0)::int, 1) as last_page, (greatest(ceil(c.motions / 20.0)::int, 1) - 1) * 20 as last_offset
from bodies b join (select body_id, count(*) as motions from motions where published group by body_id) c on c.body_id = b.id;

-- document frequencies on a 2% sample of the index
create temp table sample_stat as
select word, ndoc from ts_stat('select document from search_documents where published and item_id % 50 = 0');

create table bench_word (kind text, n int, q text, matches int, primary key (kind, n));
-- rare: lexemes (of 6+ letters, which the dutch stemmer maps onto themselves) in at most 6 of the ~16,000 sampled
-- documents, i.e. up to a few hundred documents nationally (the vocabulary is small: these are mostly place names)
insert into bench_word (kind, n, q)
select 'rare', row_number() over (), word from (
  select word from sample_stat
  where ndoc <= 6 and word ~ '^[a-z]{6,}$' and to_tsquery('dutch', word)::text = '''' || word || ''''
  order by random() limit 200) w;
-- common: "motie", as in the issue (matches most motions and many letters)
insert into bench_word (kind, n, q) values ('common', 1, 'motie');
-- medium: in 2-12% of the documents (16,000-100,000 matches): for the faceted and the deep search page
insert into bench_word (kind, n, q)
select 'medium', row_number() over (), word from (
  select word from sample_stat
  where ndoc between 320 and 2000 and word ~ '^[a-z]{5,}$' and to_tsquery('dutch', word)::text = '''' || word || ''''
  order by random() limit 50) w;
-- phrase: two adjacent words (of 4+ letters) from the title of a random published motion, in quotes
insert into bench_word (kind, n, q)
select 'phrase', row_number() over (), '"' || w[i] || ' ' || w[i + 1] || '"' from (
  select w, 1 + floor(random() * (cardinality(w) - 1))::int as i from (
    select regexp_split_to_array(lower(regexp_replace(title, '[^[:alpha:][:space:]-]', '', 'g')), '\s+') as w
    from motions where published and title is not null order by random() limit 2000) t
  where cardinality(w) >= 2) p
where length(w[i]) >= 4 and length(w[i + 1]) >= 4 and w[i] ~ '^[a-z]+$' and w[i + 1] ~ '^[a-z]+$'
limit 200;

-- faceted: a medium word, motions only, one status, one year (soort=motie&status=…&jaar=…)
create table bench_facet as
select row_number() over () as n, f.*
from (select w.q, s.status, s.slug as status_slug, y.year
      from (select q from bench_word where kind = 'medium') w
      cross join (values ('OPEN', 'open'), ('IN_PROGRESS', 'in-behandeling'),
                         ('DISCHARGE_PROPOSED', 'afdoening-voorgesteld'), ('DISCHARGED', 'afgedaan')) s(status, slug)
      cross join generate_series(2016, 2025) y(year)
      order by random() limit 500) f;
-- each query's number of matches (published), for the record
update bench_word set matches = (select count(*) from search_documents d
                                 where d.published and d.document @@ websearch_to_tsquery('dutch', bench_word.q));
analyze bench_motion; analyze bench_body; analyze bench_word; analyze bench_facet;

-- the long tail (issue 17): every published motion, for "any motion, uniformly"
drop table if exists bench_motion_all, bench_body_page;
create table bench_motion_all as
select row_number() over (order by m.id) as n, m.id, m.body_id, b.slug, m.url_key
from motions m join bodies b on b.id = m.body_id where m.published;
-- "a random page of a random body's list": 50 draws per body of one of its pages (so every body is as likely, as a
-- crawler walking the bodies' lists), with that page's offset as last_offset (body-deep.sql's column)
create table bench_body_page as
select row_number() over (order by b.n, d.draw) as n, b.id, b.slug, p.page, (p.page - 1) * 20 as last_offset
from bench_body b cross join generate_series(1, 50) d(draw)
cross join lateral (select 1 + floor(random() * b.last_page)::int as page where d.draw > 0) p;
create unique index bench_motion_all_n on bench_motion_all (n);
create unique index bench_body_page_n on bench_body_page (n);
analyze bench_motion_all; analyze bench_body_page;
