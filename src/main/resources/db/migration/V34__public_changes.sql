-- The change feed (issue 16, /api/v1/wijzigingen): every change the public can see, one row per item per transaction,
-- in commit order, so that others can mirror the portal as the Kamer's SyncFeed is mirrored (docs/adr/0018).
--
-- An item is a motion, a commitment, a letter or a body, with the parts its page shows (V11 lists them). Actions:
--   published    a new published item, or a draft that became published
--   changed      a published item or one of its parts changed (or a link to another item appeared or went)
--   unpublished  a published item became a draft
--   deleted      a published item was deleted
-- A draft never appears. Within one transaction only the item's state at its start and at its end count: published
-- and then edited is 'published', edited and then unpublished is 'unpublished', published and unpublished again is
-- nothing. What other items show of an item (a letter's subject on a motion's page, a member's name among the
-- sponsors, the body's name) changes with that item's own entry; whether two items are linked changes both.
--
-- Commit order. A cursor taken when a row is written would let a reader miss a change: a transaction that wrote
-- first but commits last would become visible below a cursor the reader has already passed. So statement triggers
-- only collect the transaction's changes (public_changes_pending, never visible to others), and at commit a deferred
-- constraint trigger takes one advisory lock, held until the transaction has ended, and only then numbers them. A
-- transaction holding cursors has committed before the next can take any, so every reader sees the cursors in the
-- order they were handed out, without holes that fill later (a rolled-back transaction leaves a gap that stays).

create sequence public_changes_cursor as bigint;

-- Kept forever: a mirror may start from the beginning at any time.
create table public_changes (
    cursor     bigint      primary key,
    changed_at timestamptz not null,
    item_type  varchar(10) not null check (item_type in ('motion', 'commitment', 'letter', 'body')),
    item_id    bigint      not null,
    -- the body's own id for a body; no foreign key: the row outlives a deleted item and body
    body_id    bigint      not null,
    action     varchar(11) not null check (action in ('published', 'changed', 'unpublished', 'deleted'))
);

-- The current transaction's changes: the item's state at the transaction's start (was_public) and now (now_state:
-- public, draft, gone). Rows of other transactions are never visible (they are deleted before their commit), and
-- the key holds the transaction's id so that two transactions changing one item never wait for each other here.
-- Unlogged: nothing in it survives a transaction, so nothing need survive a crash.
create unlogged table public_changes_pending (
    tx         xid8        not null default pg_current_xact_id(),
    item_type  varchar(10) not null,
    item_id    bigint      not null,
    body_id    bigint      not null,
    was_public boolean     not null,
    now_state  varchar(6)  not null check (now_state in ('public', 'draft', 'gone')),
    primary key (tx, item_type, item_id)
);

-- One row per transaction that has pending changes: its insert queues the one deferred trigger that numbers them.
create unlogged table public_changes_commit (
    tx xid8 primary key default pg_current_xact_id()
);

-- Every writer of cursors takes this lock first and keeps it until its transaction ends (one bigint key: the
-- two-integer keys of account/LoginThrottle are a space of their own).
create function public_changes_take_turn() returns void
    language sql as $$
select pg_advisory_xact_lock(1600034034)
$$;

create function public_changes_mark() returns void
    language sql as $$
insert into public_changes_commit default values on conflict do nothing
$$;

create function public_changes_assign() returns trigger
    language plpgsql as $$
declare
    assigned_at timestamptz;
begin
    delete from public_changes_commit where tx = new.tx;
    perform public_changes_take_turn();
    assigned_at := clock_timestamp();
    insert into public_changes (cursor, changed_at, item_type, item_id, body_id, action)
    select nextval('public_changes_cursor'), assigned_at, p.item_type, p.item_id, p.body_id, p.action
    from (select item_type, item_id, body_id,
                 case when was_public then case now_state when 'public' then 'changed' when 'draft' then 'unpublished'
                                                          else 'deleted' end
                      when now_state = 'public' then 'published' end as action
          from public_changes_pending where tx = new.tx
          order by body_id, item_type, item_id) p
    where p.action is not null;
    delete from public_changes_pending where tx = new.tx;
    return null;
end $$;

create constraint trigger public_changes_assign after insert on public_changes_commit
    deferrable initially deferred for each row execute function public_changes_assign();

-- The items of (types[i], ids[i]) that exist, with their body and whether the public sees them now.
create function public_items_now(types text[], ids bigint[])
    returns table (item_type text, item_id bigint, body_id bigint, public boolean)
    language sql stable as $$
with asked as (select distinct t.item_type, t.item_id from unnest(types, ids) t (item_type, item_id))
select 'motion', m.id, m.body_id, m.published from asked a join motions m on m.id = a.item_id
where a.item_type = 'motion'
union all
select 'commitment', c.id, c.body_id, c.published from asked a join commitments c on c.id = a.item_id
where a.item_type = 'commitment'
union all
select 'letter', l.id, l.body_id, l.published from asked a join letters l on l.id = a.item_id
where a.item_type = 'letter'
union all
select 'body', b.id, b.id, true from asked a join bodies b on b.id = a.item_id
where a.item_type = 'body'
$$;

-- Something of these items changed: those the public sees now are 'changed', unless the transaction already holds
-- an entry for them (which knows their state at its start: no entry means it has not changed since).
create function public_changes_touch(types text[], ids bigint[]) returns void
    language plpgsql as $$
declare
    touched bigint;
begin
    insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
    select i.item_type, i.item_id, i.body_id, true, 'public' from public_items_now(types, ids) i
    where i.public
    order by 1, 2
    on conflict (tx, item_type, item_id) do nothing;
    get diagnostics touched = row_count;
    if touched > 0 then
        perform public_changes_mark();
    end if;
end $$;

-- The items linked to these: what each one's page shows of the others depends on whether they are published.
create function public_change_links(kind text, ids bigint[])
    returns table (item_type text, item_id bigint)
    language sql stable as $$
select 'motion', i.motion_id from letter_items i
where kind = 'letter' and i.letter_id = any (ids) and i.motion_id is not null
union all
select 'commitment', i.commitment_id from letter_items i
where kind = 'letter' and i.letter_id = any (ids) and i.commitment_id is not null
union all
select 'commitment', c.id from commitments c where kind = 'letter' and c.made_in_letter_id = any (ids)
union all
select 'letter', i.letter_id from letter_items i where kind = 'motion' and i.motion_id = any (ids)
union all
select 'motion', m.id from motions m where kind = 'motion' and m.replaces_motion_id = any (ids)
union all
select 'letter', i.letter_id from letter_items i where kind = 'commitment' and i.commitment_id = any (ids)
union all
select 'commitment', c.id from commitments c where kind = 'commitment' and c.split_from_commitment_id = any (ids)
$$;
create index commitments_made_in_letter on commitments (made_in_letter_id) where made_in_letter_id is not null;

-- On motions, commitments and letters: tg_argv[0] is the item type, then pairs of a column linking the row to another
-- item and that item's type (the motion it replaces, the commitment it was split from, the letter it was made in).
-- Static SQL only (the link columns are read by name from to_jsonb), so that PL/pgSQL keeps the plans: a clerk's save
-- runs these for every statement Hibernate sends.
create function public_changes_items() returns trigger
    language plpgsql as $$
declare
    kind         text := tg_argv[0];
    link_columns text[] := '{}';
    link_types   text[] := '{}';
    written      bigint;
    flipped      bigint[];
    types        text[];
    ids          bigint[];
begin
    for i in 1 .. tg_nargs - 1 by 2 loop
        link_columns := link_columns || tg_argv[i];
        link_types := link_types || tg_argv[i + 1];
    end loop;
    -- the item's own entry; then the other items whose pages show it: of rows that appeared or went, every link; of
    -- rows that stay published, the links whose column changed (the old and the new target)
    if tg_op = 'INSERT' then
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select kind, n.id, n.body_id, false, 'public' from new_rows n where n.published order by n.id
        on conflict (tx, item_type, item_id) do update set now_state = excluded.now_state, body_id = excluded.body_id;
        get diagnostics written = row_count;
        if cardinality(link_columns) > 0 then
            select array_agg(c.item_type), array_agg(t.target) into types, ids
            from new_rows n
            cross join unnest(link_columns, link_types) c (name, item_type)
            cross join lateral (select (to_jsonb(n) ->> c.name)::bigint) t (target)
            where n.published and t.target is not null;
        end if;
    elsif tg_op = 'UPDATE' then
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select kind, n.id, n.body_id, o.published, case when n.published then 'public' else 'draft' end
        from new_rows n join old_rows o on o.id = n.id
        where (o.published or n.published) and n is distinct from o
        order by n.id
        on conflict (tx, item_type, item_id) do update set now_state = excluded.now_state, body_id = excluded.body_id;
        get diagnostics written = row_count;
        select array_agg(n.id) into flipped from new_rows n join old_rows o on o.id = n.id
        where n.published <> o.published;
        if cardinality(link_columns) > 0 then
            select array_agg(c.item_type), array_agg(t.target) into types, ids
            from new_rows n join old_rows o on o.id = n.id
            cross join unnest(link_columns, link_types) c (name, item_type)
            cross join lateral (values ((to_jsonb(n) ->> c.name)::bigint), ((to_jsonb(o) ->> c.name)::bigint)) t (target)
            where t.target is not null
              and (n.published <> o.published
                   or (n.published or o.published) and (to_jsonb(n) -> c.name) is distinct from (to_jsonb(o) -> c.name));
        end if;
    else
        -- a draft is deleted silently, unless it was published at the transaction's start (then it is 'deleted')
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select kind, o.id, o.body_id, o.published, 'gone' from old_rows o
        where o.published or exists (select 1 from public_changes_pending p
                                     where p.tx = pg_current_xact_id() and p.item_type = kind and p.item_id = o.id)
        order by o.id
        on conflict (tx, item_type, item_id) do update set now_state = 'gone';
        get diagnostics written = row_count;
        select array_agg(o.id) into flipped from old_rows o where o.published;
        if cardinality(link_columns) > 0 then
            select array_agg(c.item_type), array_agg(t.target) into types, ids
            from old_rows o
            cross join unnest(link_columns, link_types) c (name, item_type)
            cross join lateral (select (to_jsonb(o) ->> c.name)::bigint) t (target)
            where o.published and t.target is not null;
        end if;
    end if;
    if written > 0 then
        perform public_changes_mark();
    end if;
    if flipped is not null then
        select coalesce(types, '{}') || array_agg(l.item_type), coalesce(ids, '{}') || array_agg(l.item_id)
        into types, ids
        from public_change_links(kind, flipped) l;
    end if;
    if ids is not null then
        perform public_changes_touch(types, ids);
    end if;
    return null;
end $$;

-- A published letter's deletion also deletes its links to the items it answers (on delete cascade), before the
-- statement's own trigger could read them: those items are touched here, per row (letters are rarely deleted).
create function public_changes_letter_deleted() returns trigger
    language plpgsql as $$
begin
    if old.published then
        perform public_changes_touch(array_agg(l.item_type), array_agg(l.item_id))
        from public_change_links('letter', array[old.id]) l;
    end if;
    return old;
end $$;

-- On a part of items: pairs of an item type and the expression (over the changed row c) naming the item.
create function public_changes_parts() returns trigger
    language plpgsql as $$
declare
    changed text := case tg_op when 'INSERT' then 'select * from new_rows' when 'DELETE' then 'select * from old_rows'
                               else 'select * from new_rows union all select * from old_rows' end;
    items   text := '';
    types   text[];
    ids     bigint[];
begin
    for i in 0 .. tg_nargs - 1 by 2 loop
        items := items || case when i > 0 then ' union ' else '' end
                 || format('select %L::text as t, %s as i from (%s) c', tg_argv[i], tg_argv[i + 1], changed);
    end loop;
    execute format('select array_agg(t), array_agg(i) from (%s) items where i is not null', items) into types, ids;
    if ids is not null then
        perform public_changes_touch(types, ids);
    end if;
    return null;
end $$;

-- A body is always public: new is 'published', an update 'changed', a deletion 'deleted'.
create function public_changes_bodies() returns trigger
    language plpgsql as $$
declare
    written bigint;
begin
    if tg_op = 'INSERT' then
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select 'body', n.id, n.id, false, 'public' from new_rows n order by n.id
        on conflict (tx, item_type, item_id) do update set now_state = excluded.now_state;
    elsif tg_op = 'UPDATE' then
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select 'body', n.id, n.id, true, 'public' from new_rows n join old_rows o on o.id = n.id
        where n is distinct from o order by n.id
        on conflict (tx, item_type, item_id) do nothing;
    else
        insert into public_changes_pending (item_type, item_id, body_id, was_public, now_state)
        select 'body', o.id, o.id, true, 'gone' from old_rows o order by o.id
        on conflict (tx, item_type, item_id) do update set now_state = excluded.now_state;
    end if;
    get diagnostics written = row_count;
    if written > 0 then
        perform public_changes_mark();
    end if;
    return null;
end $$;

create function public_changes_statement_triggers(table_name text, function_name text, arguments text[])
    returns void
    language plpgsql as $$
declare
    args text := coalesce((select string_agg(quote_literal(a), ', ') from unnest(arguments) a), '');
begin
    execute format('create trigger public_changes_insert after insert on %I referencing new table as new_rows'
                   ' for each statement execute function %I(%s)', table_name, function_name, args);
    execute format('create trigger public_changes_update after update on %I'
                   ' referencing old table as old_rows new table as new_rows'
                   ' for each statement execute function %I(%s)', table_name, function_name, args);
    execute format('create trigger public_changes_delete after delete on %I referencing old table as old_rows'
                   ' for each statement execute function %I(%s)', table_name, function_name, args);
end $$;

select public_changes_statement_triggers('bodies', 'public_changes_bodies', array[]::text[]);
select public_changes_statement_triggers('motions', 'public_changes_items',
                                         array['motion', 'replaces_motion_id', 'motion']);
select public_changes_statement_triggers('commitments', 'public_changes_items',
                                         array['commitment', 'split_from_commitment_id', 'commitment',
                                               'made_in_letter_id', 'letter']);
select public_changes_statement_triggers('letters', 'public_changes_items', array['letter']);
create trigger public_changes_letter_deleted before delete on letters
    for each row execute function public_changes_letter_deleted();

select public_changes_statement_triggers(t.table_name, 'public_changes_parts', t.arguments)
from (values
        ('parties', array['body', 'c.body_id']),
        ('members', array['body', 'c.body_id']),
        ('clauses', array['motion', 'c.motion_id']),
        ('footnotes', array['motion', 'c.motion_id']),
        ('motion_sponsors', array['motion', 'c.motion_id']),
        ('motion_party_votes', array['motion', 'c.motion_id']),
        ('motion_requests', array['motion', 'c.motion_id']),
        ('progress_notes', array['motion', 'c.motion_id', 'commitment', 'c.commitment_id']),
        ('term_extensions', array['motion', 'c.motion_id', 'commitment', 'c.commitment_id']),
        ('responsibilities', array['motion', 'c.motion_id', 'commitment', 'c.commitment_id']),
        ('status_changes', array['motion', 'c.motion_id', 'commitment', 'c.commitment_id',
                                 'motion', '(select r.motion_id from motion_requests r where r.id = c.motion_request_id)']),
        ('letter_signatories', array['letter', 'c.letter_id']),
        ('letter_footnotes', array['letter', 'c.letter_id']),
        ('letter_documents', array['letter', 'c.letter_id']),
        -- the link shows on the item's page only while the letter is published
        ('letter_items', array['letter', 'c.letter_id',
                               'motion', '(select c.motion_id from letters l where l.id = c.letter_id and l.published)',
                               'commitment',
                               '(select c.commitment_id from letters l where l.id = c.letter_id and l.published)'])
    ) as t (table_name, arguments);

drop function public_changes_statement_triggers(text, text, text[]);

-- Everything published now, as 'published' in one transaction: the start of the feed on a database that had data
-- before it (here), and after a bulk load that ran with these triggers off (the generator). Bodies first.
create function public_changes_announce_all() returns bigint
    language plpgsql as $$
declare
    announced bigint;
begin
    perform public_changes_take_turn();
    insert into public_changes (cursor, changed_at, item_type, item_id, body_id, action)
    select nextval('public_changes_cursor'), clock_timestamp(), s.item_type, s.item_id, s.body_id, 'published'
    from (select 'body' as item_type, b.id as item_id, b.id as body_id, 0 as ord from bodies b
          union all
          select 'motion', m.id, m.body_id, 1 from motions m where m.published
          union all
          select 'commitment', c.id, c.body_id, 2 from commitments c where c.published
          union all
          select 'letter', l.id, l.body_id, 3 from letters l where l.published
          order by ord, body_id, item_id) s;
    get diagnostics announced = row_count;
    return announced;
end $$;

select public_changes_announce_all();
