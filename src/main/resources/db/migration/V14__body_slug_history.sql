-- An administrator can change a body after registering it (name, kind, CBS code, theme and slug). People cite the
-- public URLs, so a slug a body had keeps working: the portal answers it with a permanent redirect to the same path
-- under the body's current slug. A slug that is some body's current slug is that body's, whatever the history says.

create table body_slug_history (
    slug        varchar(60) primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    body_id     bigint      not null references bodies (id),
    replaced_at timestamptz not null default now()
);
create index body_slug_history_by_body on body_slug_history (body_id);

-- Redirects are never kept by the page cache, but what a former slug answers is a public page all the same: a change
-- here drops every kept page, as a change of bodies does (V11).
create trigger public_pages after insert or update or delete on body_slug_history
    for each statement execute function notify_public_pages();

-- Every change of a body is kept in the audit trail (Hibernate Envers, V3), with who made it and when.
create table bodies_aud (
    id       bigint   not null,
    rev      bigint   not null references revinfo (id),
    revtype  smallint,
    slug     varchar(60),
    name     varchar(200),
    kind     varchar(20),
    cbs_code varchar(6),
    theme    varchar(40),
    primary key (id, rev)
);
create index bodies_aud_by_rev on bodies_aud (rev);

-- The bodies that exist now start their trail as they are, so a first change shows what it changed.
with start as (
    insert into revinfo (changed_at, changed_by, note)
    select now(), 'systeem', 'Stand bij het begin van de geschiedenis' where exists (select 1 from bodies)
    returning id
)
insert into bodies_aud (id, rev, revtype, slug, name, kind, cbs_code, theme)
select b.id, start.id, 0, b.slug, b.name, b.kind, b.cbs_code, b.theme from bodies b cross join start;
