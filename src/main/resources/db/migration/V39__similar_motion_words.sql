-- "Elders aangenomen" from an index of words (issue 17): one full-text query per motion (V7) took about 63 ms, five
-- hours of a core for the generated country. Now every candidate's telling words are kept as rows, the newest
-- candidates first per word, and the lists of many motions are computed in one set-based statement
-- (similar_motions_compute) from the postings of their most distinctive words (tf-idf), the words of the title (the
-- motion's subject) weighing most.

-- A word worth comparing: not a number, not short, not boilerplate (V7).
create function similar_motions_telling(lexeme text) returns boolean
    language sql immutable parallel safe
return length(lexeme) >= 4 and lexeme !~ '^[0-9]+$'
    and lexeme <> all (tsvector_to_array(similar_motions_boilerplate()));

-- The telling words of every motion that can be found: published, with a lifecycle (adopted or taken over, V17).
-- Kept by statement triggers on search_documents, which is rewritten (delete, insert) on every change of a motion,
-- so a bulk load costs one set-based insert.
create table similar_motion_words (
    lexeme    text   not null,
    motion_id bigint not null,
    body_id   bigint not null,
    item_date date,
    -- in the motion's title (weight A of its search document): the title names the subject
    in_title  boolean not null,
    primary key (motion_id, lexeme)
);
-- A word's candidates, newest first: the order in which they are taken and ranked on a tie.
create index similar_motion_words_newest on similar_motion_words
    (lexeme, item_date desc nulls last, motion_id desc) include (body_id);
-- The candidates whose title holds a word, newest first.
create index similar_motion_words_titles on similar_motion_words
    (lexeme, item_date desc nulls last, motion_id desc) include (body_id) where in_title;

-- Each candidate's telling words as one array, to count the words it shares with a motion at once.
create table similar_motion_candidates (
    motion_id     bigint primary key,
    lexemes       text[] not null,
    title_lexemes text[] not null
);

create function similar_motion_words_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        delete from similar_motion_words w using old_rows o
        where o.item_type = 'MOTION' and w.motion_id = o.item_id;
        delete from similar_motion_candidates c using old_rows o
        where o.item_type = 'MOTION' and c.motion_id = o.item_id;
    else
        insert into similar_motion_words (lexeme, motion_id, body_id, item_date, in_title)
        select w.lexeme, n.item_id, n.body_id, n.item_date, 'A' = any (w.weights)
        from new_rows n cross join unnest(n.document) w
        where n.item_type = 'MOTION' and n.published and n.status is not null and similar_motions_telling(w.lexeme)
        on conflict do nothing;
        insert into similar_motion_candidates (motion_id, lexemes, title_lexemes)
        select n.item_id, array(select w.lexeme from unnest(n.document) w where similar_motions_telling(w.lexeme)),
               array(select w.lexeme from unnest(n.document) w
                     where similar_motions_telling(w.lexeme) and 'A' = any (w.weights))
        from new_rows n
        where n.item_type = 'MOTION' and n.published and n.status is not null
        on conflict do nothing;
    end if;
    return null;
end;
$$;
create trigger similar_motion_words_insert after insert on search_documents referencing new table as new_rows
    for each statement execute function similar_motion_words_changed();
create trigger similar_motion_words_delete after delete on search_documents referencing old table as old_rows
    for each statement execute function similar_motion_words_changed();

insert into similar_motion_words (lexeme, motion_id, body_id, item_date, in_title)
select w.lexeme, d.item_id, d.body_id, d.item_date, 'A' = any (w.weights)
from search_documents d cross join unnest(d.document) w
where d.item_type = 'MOTION' and d.published and d.status is not null and similar_motions_telling(w.lexeme);
insert into similar_motion_candidates (motion_id, lexemes, title_lexemes)
select d.item_id, array(select w.lexeme from unnest(d.document) w where similar_motions_telling(w.lexeme)),
       array(select w.lexeme from unnest(d.document) w
             where similar_motions_telling(w.lexeme) and 'A' = any (w.weights))
from search_documents d
where d.item_type = 'MOTION' and d.published and d.status is not null;

-- In how many candidates each word occurs (the idf of tf-idf), and in how many of their titles; the row with the
-- empty lexeme holds the number of candidates. Counted again by similar_motion_lexemes_count() when many lists are
-- computed and every night; a word missing here counts as rare.
create table similar_motion_lexemes (
    lexeme    text    primary key,
    documents integer not null check (documents >= 0),
    titles    integer not null check (titles >= 0)
);

create function similar_motion_lexemes_count() returns void
    language sql as
$$
delete from similar_motion_lexemes;
insert into similar_motion_lexemes (lexeme, documents, titles)
select lexeme, count(*), count(*) filter (where in_title) from similar_motion_words group by lexeme
union all
select '', count(distinct motion_id), count(distinct motion_id) from similar_motion_words;
$$;
select similar_motion_lexemes_count();

-- How a candidate compares with a motion's terms (similar_motions_compute): whether its title holds the motion's
-- rarest distinctive title word, the idf of the distinctive title words its title holds, and the terms it shares
-- with their summed weights; no row when it shares fewer than two terms (or the motion's only one).
create function similar_motions_score(terms text[], weights float8[], subject_lexemes text[], subject_idfs float8[],
                                      candidate bigint)
    returns table (subject boolean, subject_weight float8, shared bigint, weight float8)
    language sql stable parallel safe as
$$
select coalesce(subject_lexemes[1] = any (c.title_lexemes), false),
       (select coalesce(sum(u.idf), 0) from unnest(subject_lexemes, subject_idfs) u (lexeme, idf)
        where u.lexeme = any (c.title_lexemes)),
       o.shared, o.weight
-- one index lookup (limit 1: a batch of a hundred motions must not hash all candidates)
from (select * from similar_motion_candidates c where c.motion_id = candidate limit 1) c
cross join lateral (select count(*) as shared, coalesce(sum(u.weight), 0) as weight
                    from unnest(terms, weights) u (lexeme, weight)
                    where u.lexeme = any (c.lexemes)) o
where o.shared >= least(2, cardinality(terms))
$$;

-- The lists of the given motions, up to `results` ids each: published motions with a lifecycle of other bodies, most
-- alike first. A motion's terms are its eight most distinctive words (tf-idf) of its title and its operative clauses
-- (or its whole text when it has none), not boilerplate, not its body's name. Its title names its subject, so a
-- distinctive title word (one in at most 1 of 30 titles, or in at most 10: not a stock phrase such as "Meer aandacht
-- voor") weighs three times. The candidates are the newest 5 × `per_pair` whose title holds one of the motion's two
-- rarest distinctive title words and, when fewer than `results` of those share two terms (a rare subject, or none
-- in the title), the newest `per_pair` holding a pair of its four most distinctive terms (the index walks one word's
-- postings and probes the other, so a common word costs no more than a rare one). They must share two terms, and
-- are ranked first when their title holds the motion's rarest distinctive title word (a place named in many words
-- must not outweigh a subject named in one), then by the distinctive title words their title shares (summed idf
-- among titles), then by the shared terms (summed idf, title words three times), then newest.
create function similar_motions_compute(motion_ids bigint[], results integer, per_pair integer)
    returns table (motion_id bigint, similar_ids bigint[])
    language sql stable as
$$
with source as (
    select m.id, m.body_id, d.document, to_tsvector('dutch', coalesce(m.title, '')) as title,
           coalesce((select string_agg(c.text, E'\n' order by c.position) from clauses c
                     where c.motion_id = m.id and c.kind in ('REQUEST', 'INSTRUCTION')), d.content, '') as text
    from motions m
    left join search_documents d on d.item_type = 'MOTION' and d.item_id = m.id
    where m.id = any (motion_ids)),
candidates as (
    select greatest(coalesce((select documents from similar_motion_lexemes where lexeme = ''), 0), 1) as total),
words as (
    select s.id, s.body_id, w.lexeme, x.idf, x.title_idf, x.subject,
           row_number() over (partition by s.id
               order by coalesce(cardinality(t.positions), 1) * x.idf * case when x.subject then 3 else 1 end desc,
                        length(w.lexeme) desc, w.lexeme) as place,
           row_number() over (partition by s.id order by x.subject desc, x.title_idf desc, w.lexeme) as title_place
    from source s
    cross join candidates c
    cross join lateral (select u.lexeme from unnest(to_tsvector('dutch', s.text)) u
                        union select u.lexeme from unnest(s.title) u) w
    left join unnest(s.document) t on t.lexeme = w.lexeme
    left join similar_motion_lexemes l on l.lexeme = w.lexeme
    cross join lateral (select ln(1 + c.total::float8 / greatest(coalesce(l.documents, 1), 1)) as idf,
                               ln(1 + c.total::float8 / greatest(coalesce(l.titles, 1), 1)) as title_idf,
                               w.lexeme = any (tsvector_to_array(s.title))
                                   and coalesce(l.titles, 0) <= greatest(c.total / 30, 10) as subject) x
    where similar_motions_telling(w.lexeme)
      and w.lexeme not in (select n.lexeme from bodies b cross join unnest(to_tsvector('dutch', b.name)) n
                           where b.id = s.body_id)),
terms as (
    select id, min(body_id) as body_id,
           array_agg(lexeme order by place) filter (where place <= 8) as lexemes,
           array_agg(idf * case when subject then 3 else 1 end order by place) filter (where place <= 8) as weights,
           coalesce(array_agg(lexeme order by title_place) filter (where subject), '{}') as subject_lexemes,
           coalesce(array_agg(title_idf order by title_place) filter (where subject), '{}') as subject_idfs
    from words
    group by id),
titled as (
    select distinct t.id, f.motion_id as candidate, f.item_date
    from terms t
    cross join lateral unnest(t.subject_lexemes[1:2]) s (lexeme)
    cross join lateral (select w.motion_id, w.item_date from similar_motion_words w
                        where w.lexeme = s.lexeme and w.in_title and w.body_id <> t.body_id
                        order by w.item_date desc nulls last, w.motion_id desc
                        limit 5 * per_pair) f),
titled_scored as (
    select f.id, f.candidate, f.item_date, o.*
    from titled f
    join terms t on t.id = f.id
    cross join lateral similar_motions_score(t.lexemes, t.weights, t.subject_lexemes, t.subject_idfs, f.candidate) o),
titled_enough as (
    select id from titled_scored group by id having count(*) >= results),
paired as (
    select t.id, f.motion_id as candidate, f.item_date
    from terms t
    cross join lateral (values (1, 2), (1, 3), (2, 3), (1, 4), (2, 4), (3, 4)) pair (a, b)
    cross join lateral (select w.motion_id, w.item_date from similar_motion_words w
                        where w.lexeme = t.lexemes[pair.a] and w.body_id <> t.body_id
                          and exists (select from similar_motion_words v
                                      where v.motion_id = w.motion_id and v.lexeme = t.lexemes[pair.b])
                        order by w.item_date desc nulls last, w.motion_id desc
                        limit per_pair) f
    where pair.b <= cardinality(t.lexemes) and t.id not in (select id from titled_enough)
    except
    select id, candidate, item_date from titled),
scored as (
    select * from titled_scored
    union all
    select f.id, f.candidate, f.item_date, o.*
    from paired f
    join terms t on t.id = f.id
    cross join lateral similar_motions_score(t.lexemes, t.weights, t.subject_lexemes, t.subject_idfs, f.candidate) o),
ranked as (
    select id, candidate,
           row_number() over (partition by id
               order by subject desc, subject_weight desc, weight desc, item_date desc nulls last,
                        candidate desc) as place
    from scored)
select s.id, coalesce(array_agg(r.candidate order by r.place) filter (where r.candidate is not null), '{}')
from source s
left join ranked r on r.id = s.id and r.place <= results
group by s.id
$$;

drop function similar_motions_find(bigint, integer);
drop function similar_motions_ranked(bigint, tsquery[], tsquery, tsquery, integer);
