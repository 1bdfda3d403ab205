-- Public pages are kept rendered in memory for anonymous visitors (portal/PublicPageCache, docs/adr/0009).
-- Every statement that changes what a public page shows tells the app which bodies it touched, on commit, with
-- NOTIFY public_pages '<slug>,<slug>,…'; '*' means every page (a body itself changed, or more than 100 bodies).
-- The app then drops those bodies' pages and the national ones (front page, search). An entry with a slash names
-- one page instead ('<slug>/moties/<url_key>', see "Elders aangenomen" below). NOTIFY is transactional:
-- nothing is said for a rolled-back change, and the same message within one transaction is said once.

-- Arguments in pairs: a column of the changed table and the table it points to ('-' when the column is body_id).
create function notify_public_pages() returns trigger
    language plpgsql as $$
declare
    changed    text := case tg_op
        when 'INSERT' then 'select * from new_rows'
        when 'DELETE' then 'select * from old_rows'
        else 'select * from new_rows union all select * from old_rows' end;
    body_ids   text := '';
    slugs      text;
    body_count int;
begin
    if tg_nargs = 0 then
        perform pg_notify('public_pages', '*');
        return null;
    end if;
    for i in 0 .. tg_nargs - 1 by 2 loop
        body_ids := body_ids || case when i > 0 then ' union ' else '' end || case
            when tg_argv[i + 1] = '-' then format('select %I from changed', tg_argv[i])
            else format('select p.body_id from %I p where p.id in (select %I from changed)', tg_argv[i + 1], tg_argv[i])
            end;
    end loop;
    execute format('with changed as (%s) select string_agg(slug, '','' order by slug), count(*) from bodies'
                   ' where id in (%s)', changed, body_ids) into slugs, body_count;
    if body_count > 100 then
        slugs := '*';
    end if;
    if slugs is not null then
        perform pg_notify('public_pages', slugs);
    end if;
    return null;
end $$;

-- Names single pages ('<slug>/moties/<url_key>,…'), or all pages when they do not fit in one NOTIFY (8,000 bytes).
create function notify_public_page_paths(pages text) returns void
    language plpgsql as $$
begin
    if length(pages) > 7000 then
        pages := '*';
    end if;
    if pages is not null then
        perform pg_notify('public_pages', pages);
    end if;
end $$;

-- "Elders aangenomen" is shown on the motion's own page only, and the background refresher rewrites lists all the
-- time (ADR 0007), mostly unchanged: a list that changed names just that page, as '<slug>/moties/<url_key>'.
create function notify_similar_motion_pages() returns trigger
    language plpgsql as $$
declare
    pages text;
begin
    if tg_op = 'INSERT' then
        select string_agg(b.slug || '/moties/' || m.url_key, ',') into pages
        from new_rows n join motions m on m.id = n.motion_id join bodies b on b.id = m.body_id
        where cardinality(n.similar_ids) > 0;
    else
        select string_agg(b.slug || '/moties/' || m.url_key, ',') into pages
        from new_rows n join old_rows o on o.motion_id = n.motion_id
                        join motions m on m.id = n.motion_id join bodies b on b.id = m.body_id
        where n.similar_ids is distinct from o.similar_ids;
    end if;
    perform notify_public_page_paths(pages);
    return null;
end $$;

create trigger public_pages_insert after insert on similar_motions referencing new table as new_rows
    for each statement execute function notify_similar_motion_pages();
create trigger public_pages_update after update on similar_motions
    referencing old table as old_rows new table as new_rows
    for each statement execute function notify_similar_motion_pages();
create trigger public_pages_delete after delete on similar_motions referencing old table as old_rows
    for each statement execute function notify_public_pages('motion_id', 'motions');

-- A motion's title, status and date show in the "Elders aangenomen" lists of other bodies' motions that found it:
-- when it changes or goes, so do their pages.
create index similar_motions_by_found on similar_motions using gin (similar_ids);

create function notify_listing_pages() returns trigger
    language plpgsql as $$
declare
    changed bigint[];
    pages   text;
begin
    if tg_op = 'DELETE' then
        select array_agg(id) into changed from old_rows;
    else
        select array_agg(id) into changed from new_rows;
    end if;
    select string_agg(distinct b.slug || '/moties/' || m.url_key, ',') into pages
    from similar_motions s join motions m on m.id = s.motion_id join bodies b on b.id = m.body_id
    where s.similar_ids && changed;
    perform notify_public_page_paths(pages);
    return null;
end $$;

create trigger public_pages_listing_update after update on motions referencing new table as new_rows
    for each statement execute function notify_listing_pages();
create trigger public_pages_listing_delete after delete on motions referencing old table as old_rows
    for each statement execute function notify_listing_pages();

-- A body's name, slug, theme or default term shows on every page that names it: all pages go.
create trigger public_pages after insert or update or delete on bodies
    for each statement execute function notify_public_pages();

do $$
declare
    source record;
    arguments text;
begin
    for source in select * from (values
            ('parties', array['body_id', '-']),
            ('members', array['body_id', '-']),
            ('motions', array['body_id', '-']),
            ('letters', array['body_id', '-']),
            ('commitments', array['body_id', '-']),
            ('clauses', array['motion_id', 'motions']),
            ('footnotes', array['motion_id', 'motions']),
            ('motion_sponsors', array['motion_id', 'motions']),
            ('letter_signatories', array['letter_id', 'letters']),
            ('letter_footnotes', array['letter_id', 'letters']),
            ('letter_documents', array['letter_id', 'letters']),
            ('letter_items', array['letter_id', 'letters']),
            ('status_changes', array['motion_id', 'motions', 'commitment_id', 'commitments']),
            ('term_extensions', array['motion_id', 'motions', 'commitment_id', 'commitments']),
            ('responsibilities', array['motion_id', 'motions', 'commitment_id', 'commitments'])
        ) as t (table_name, pairs)
    loop
        select string_agg(quote_literal(p), ', ') into arguments from unnest(source.pairs) as p;
        execute format('create trigger public_pages_insert after insert on %I referencing new table as new_rows'
                       ' for each statement execute function notify_public_pages(%s)', source.table_name, arguments);
        execute format('create trigger public_pages_update after update on %I'
                       ' referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function notify_public_pages(%s)', source.table_name, arguments);
        execute format('create trigger public_pages_delete after delete on %I referencing old table as old_rows'
                       ' for each statement execute function notify_public_pages(%s)', source.table_name, arguments);
    end loop;
end $$;
