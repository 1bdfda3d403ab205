-- Full-text search (docs/adr/0006-search.md): one row per motion, commitment and letter in search_documents, kept
-- current by triggers on the tables the text comes from. A motion's text spans two tables (motions and clauses), so
-- a generated column cannot hold it; the triggers recompute the whole row of the item that changed.
-- Only rows with published = true are ever searched by the portal; the partial GIN index holds only those.

create table search_documents (
    item_type varchar(10) not null check (item_type in ('MOTION', 'COMMITMENT', 'LETTER')),
    item_id   bigint      not null,
    body_id   bigint      not null references bodies (id),
    published boolean     not null,
    -- what the public URL names: the motion's or commitment's url_key, the letter's id
    url_key   varchar(40) not null,
    title     text        not null,
    status    varchar(20) check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    item_date date,
    -- the searchable text as shown in snippets, without the control characters the snippet markers use
    content   text        not null,
    document  tsvector    not null,
    primary key (item_type, item_id)
);
create index search_documents_text on search_documents using gin (document) where published;
create index search_documents_by_date on search_documents (item_date desc nulls last, item_type, item_id)
    where published;

-- Removes the characters ts_headline's markers are made of (see SearchService), so document text cannot fake them.
create function search_clean(value text) returns text
    language sql immutable parallel safe
    return translate(coalesce(value, ''), chr(2) || chr(3), '');

create function search_refresh_motion(motion bigint) returns void
    language plpgsql as
$$
begin
    delete from search_documents where item_type = 'MOTION' and item_id = motion;
    insert into search_documents (item_type, item_id, body_id, published, url_key, title, status, item_date,
                                  content, document)
    select 'MOTION', m.id, m.body_id, m.published, m.url_key,
           coalesce(m.title, 'Motie ' || m.registration_number), m.status, m.adopted_on,
           search_clean(concat_ws(E'\n', m.title, c.text, m.summary)),
           setweight(to_tsvector('dutch', search_clean(m.title)), 'A')
               || setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
               || setweight(to_tsvector('dutch', search_clean(m.summary)), 'C')
    from motions m
    left join lateral (select string_agg(text, E'\n' order by position) as text
                       from clauses where motion_id = m.id) c on true
    where m.id = motion;
end;
$$;

create function search_refresh_commitment(commitment bigint) returns void
    language plpgsql as
$$
begin
    delete from search_documents where item_type = 'COMMITMENT' and item_id = commitment;
    insert into search_documents (item_type, item_id, body_id, published, url_key, title, status, item_date,
                                  content, document)
    select 'COMMITMENT', c.id, c.body_id, c.published, c.url_key, 'Toezegging ' || c.number, c.status, c.made_on,
           search_clean(c.text), setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
    from commitments c
    where c.id = commitment;
end;
$$;

create function search_refresh_letter(letter bigint) returns void
    language plpgsql as
$$
begin
    delete from search_documents where item_type = 'LETTER' and item_id = letter;
    insert into search_documents (item_type, item_id, body_id, published, url_key, title, status, item_date,
                                  content, document)
    select 'LETTER', l.id, l.body_id, l.published, l.id::text, coalesce(l.subject, 'Brief ' || l.id), null,
           l.sent_on, search_clean(concat_ws(E'\n', l.subject, l.full_text)),
           setweight(to_tsvector('dutch', search_clean(l.subject)), 'A')
               || setweight(to_tsvector('dutch', search_clean(l.full_text)), 'B')
    from letters l
    where l.id = letter;
end;
$$;

create function search_motions_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        delete from search_documents where item_type = 'MOTION' and item_id = old.id;
        return old;
    end if;
    perform search_refresh_motion(new.id);
    return new;
end;
$$;

create function search_clauses_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform search_refresh_motion(old.motion_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.motion_id <> old.motion_id) then
        perform search_refresh_motion(new.motion_id);
    end if;
    return null;
end;
$$;

create function search_commitments_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        delete from search_documents where item_type = 'COMMITMENT' and item_id = old.id;
        return old;
    end if;
    perform search_refresh_commitment(new.id);
    return new;
end;
$$;

create function search_letters_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        delete from search_documents where item_type = 'LETTER' and item_id = old.id;
        return old;
    end if;
    perform search_refresh_letter(new.id);
    return new;
end;
$$;

-- AFTER triggers: the row (and, for a motion, its clauses) is in place when the document is computed. A motion's
-- clauses are deleted by cascade before the motion row; the refresh then finds no motion and leaves nothing behind.
create trigger search_motions after insert or update or delete on motions
    for each row execute function search_motions_changed();
create trigger search_clauses after insert or update or delete on clauses
    for each row execute function search_clauses_changed();
create trigger search_commitments after insert or update or delete on commitments
    for each row execute function search_commitments_changed();
create trigger search_letters after insert or update or delete on letters
    for each row execute function search_letters_changed();

-- Items that existed before this migration.
select search_refresh_motion(id) from motions;
select search_refresh_commitment(id) from commitments;
select search_refresh_letter(id) from letters;
