-- Figures that pages read far more often than the data behind them changes (docs/adr/0007-fast-pages.md):
-- the counts per body and status kept by statement triggers, and "Elders aangenomen" computed in the background.

-- 1. Published items per body, type and status, for the front page. Statement-level triggers with transition tables
--    add up a whole statement's rows at once, so a bulk load or COPY costs one grouped upsert, not one per row.
create table published_status_counts (
    body_id   bigint      not null references bodies (id) on delete cascade,
    item_type varchar(10) not null check (item_type in ('MOTION', 'COMMITMENT')),
    status    varchar(20) not null check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    items     bigint      not null,
    primary key (body_id, item_type, status)
);

insert into published_status_counts (body_id, item_type, status, items)
select body_id, 'MOTION', status, count(*) from motions where published and status is not null group by 1, 3
union all
select body_id, 'COMMITMENT', status, count(*) from commitments where published group by 1, 3;

-- tg_argv[0] is the item type. Rows count when published with a status; an update counts out the old row and in the
-- new one (a delta, hence no check on items: a check is tested before ON CONFLICT turns the insert into an update).
-- Keys are upserted in order, so concurrent statements take their row locks in the same order.
create function published_status_counts_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into published_status_counts as c (body_id, item_type, status, items)
        select body_id, tg_argv[0], status, count(*) from new_rows where published and status is not null
        group by body_id, status order by body_id, status
        on conflict (body_id, item_type, status) do update set items = c.items + excluded.items;
    elsif tg_op = 'DELETE' then
        update published_status_counts c set items = c.items - d.items
        from (select body_id, status, count(*) as items from old_rows where published and status is not null
              group by body_id, status) d
        where c.body_id = d.body_id and c.item_type = tg_argv[0] and c.status = d.status;
    else
        insert into published_status_counts as c (body_id, item_type, status, items)
        select body_id, tg_argv[0], status, sum(delta)
        from (select body_id, status, 1 as delta from new_rows where published and status is not null
              union all
              select body_id, status, -1 from old_rows where published and status is not null) d
        group by body_id, status
        having sum(delta) <> 0
        order by body_id, status
        on conflict (body_id, item_type, status) do update set items = c.items + excluded.items;
    end if;
    return null;
end;
$$;

create trigger published_status_counts_insert after insert on motions
    referencing new table as new_rows for each statement execute function published_status_counts_changed('MOTION');
create trigger published_status_counts_update after update on motions
    referencing old table as old_rows new table as new_rows
    for each statement execute function published_status_counts_changed('MOTION');
create trigger published_status_counts_delete after delete on motions
    referencing old table as old_rows for each statement execute function published_status_counts_changed('MOTION');
create trigger published_status_counts_insert after insert on commitments
    referencing new table as new_rows
    for each statement execute function published_status_counts_changed('COMMITMENT');
create trigger published_status_counts_update after update on commitments
    referencing old table as old_rows new table as new_rows
    for each statement execute function published_status_counts_changed('COMMITMENT');
create trigger published_status_counts_delete after delete on commitments
    referencing old table as old_rows
    for each statement execute function published_status_counts_changed('COMMITMENT');

-- 2. "Elders aangenomen": up to 10 motions of other bodies per motion, most alike first, computed by
--    similar_motions_find in the background (SimilarMotionsRefresher) and read with one indexed lookup. Whether a
--    found motion is still published and adopted is checked when the list is read.
create table similar_motions (
    motion_id   bigint      primary key references motions (id) on delete cascade,
    computed_at timestamptz not null default now(),
    similar_ids bigint[]    not null
);

-- Motions whose list must be (re)computed. "cascade": a motion whose text changed also queues the motions it found,
-- so that it appears in their lists too; the motions queued that way do not cascade further.
create table similar_motions_queue (
    motion_id bigint      primary key references motions (id) on delete cascade,
    queued_at timestamptz not null default now(),
    cascade   boolean     not null
);
create index similar_motions_queue_order on similar_motions_queue (queued_at, motion_id);

-- Every change to a motion or its clauses rewrites its search document (V5), so that is where it is queued.
create function similar_motions_enqueue() returns trigger
    language plpgsql as
$$
begin
    insert into similar_motions_queue (motion_id, cascade) values (new.item_id, true)
    on conflict (motion_id) do update set cascade = true;
    return null;
end;
$$;
create trigger similar_motions_enqueue after insert on search_documents
    for each row when (new.item_type = 'MOTION') execute function similar_motions_enqueue();

insert into similar_motions_queue (motion_id, cascade) select id, false from motions;

-- Words that nearly every motion uses in its operative part, or that only name the addressee.
create function similar_motions_boilerplate() returns tsvector
    language sql immutable parallel safe
    return to_tsvector('dutch', 'verzoekt verzoeken draagt opdragen roept oproept oproepen college raad gemeente '
        || 'gemeenteraad wethouder burgemeester onderzoeken onderzoek mogelijkheden mogelijkheid motie regering '
        || 'provincie gedeputeerde staten provinciale bestuur dagelijks algemeen waterschap kabinet minister '
        || 'staatssecretaris kamer informeren samen relevante partners hierover daarover daarbij terug rapporteren '
        || 'komen zorgen maken voeren stellen nemen voorstel voorstellen uiterlijk jaar jaren binnen zodat waarbij gaan');

-- The ids of up to `results` published, adopted motions of other bodies sharing at least two of the motion's eight
-- most telling words (those of its operative clauses, or of its whole text when it has none; not boilerplate, not
-- its body's name), most shared words first, then ts_rank_cd, then newest. The candidates are first those holding
-- the three most telling words together (the GIN index intersects their postings: a few hundred motions even when
-- each word is common); only when that finds too few are all motions sharing any two words ranked.
create function similar_motions_find(motion bigint, results integer) returns bigint[]
    language plpgsql stable as
$$
declare
    own_body bigint;
    source   text;
    terms    tsquery[];
    any_term tsquery;
    ranked   bigint[];
begin
    select m.body_id into own_body from motions m where m.id = motion;
    if own_body is null then
        return '{}';
    end if;
    select coalesce((select string_agg(c.text, E'\n' order by c.position) from clauses c
                     where c.motion_id = motion and c.kind in ('REQUEST', 'INSTRUCTION')),
                    (select d.content from search_documents d where d.item_type = 'MOTION' and d.item_id = motion))
    into source;
    select array_agg(('''' || replace(replace(w.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
                     order by w.ord)
    into terms
    from (select w.lexeme, row_number() over (order by cardinality(w.positions) desc, length(w.lexeme) desc,
                                                        w.lexeme) as ord
          from unnest(to_tsvector('dutch', coalesce(source, ''))) w
          where length(w.lexeme) >= 4 and w.lexeme !~ '^[0-9]+$'
            and w.lexeme not in (select b.lexeme from unnest(similar_motions_boilerplate()) b)
            and w.lexeme not in (select n.lexeme from bodies bo, unnest(to_tsvector('dutch', bo.name)) n
                                 where bo.id = own_body)
          order by ord
          limit 8) w;
    if terms is null then
        return '{}';
    end if;
    select string_agg(t::text, ' | ')::tsquery into any_term from unnest(terms) t;
    if cardinality(terms) >= 3 then
        ranked := similar_motions_ranked(own_body, terms, any_term, terms[1] && terms[2] && terms[3], results);
    end if;
    if coalesce(cardinality(ranked), 0) < results then
        ranked := similar_motions_ranked(own_body, terms, any_term, any_term, results);
    end if;
    return coalesce(ranked, '{}');
end;
$$;

create function similar_motions_ranked(own_body bigint, terms tsquery[], any_term tsquery, candidates tsquery,
                                       results integer) returns bigint[]
    language sql stable
return (select array_agg(s.item_id order by s.matched desc, s.rank desc, s.item_date desc nulls last, s.item_id desc)
        from (select d.item_id, d.item_date, ts_rank_cd(d.document, any_term) as rank,
                     (select count(*) from unnest(terms) t where d.document @@ t) as matched
              from search_documents d
              join motions m on m.id = d.item_id and m.vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')
              where d.published and d.item_type = 'MOTION' and d.status is not null and d.body_id <> own_body
                and d.document @@ candidates
                and (select count(*) from unnest(terms) t where d.document @@ t) >= least(2, cardinality(terms))
              order by matched desc, rank desc, d.item_date desc nulls last, d.item_id desc
              limit results) s);

-- 3. Search walks this index for words found in most documents (SearchService.found): its order is the candidates'.
drop index search_documents_by_date;
create index search_documents_by_date on search_documents (item_date desc nulls last, item_type, item_id desc)
    where published;

-- 4. The front page's latest letters of all bodies.
create index letters_published_by_date on letters (sent_on desc nulls last, id desc) where published;

-- 5. A body's public lists: the page in index order, and its count and years from the index alone (index-only scans).
create index motions_published_by_body on motions (body_id, adopted_on desc nulls last, id desc) include (status)
    where published;
create index commitments_published_by_body on commitments (body_id, made_on desc nulls last, id desc)
    include (status) where published;
