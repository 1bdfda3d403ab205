-- Harvesting (issue 16): bodies' items filled from what their councils already publish (the Tweede Kamer's OData
-- API, Notubiz, iBabs). A body's sources, where each item came from, and the harvest's conflicts with clerks' edits.

-- A body's sources: where to read (base_url, the source's own parameters), whether new items are published at once
-- or wait as drafts, whether the schedule harvests it, and where the next run starts: cursor is the next page of a
-- run that stopped (stored in the transaction that stored the page before it), resume_cursor where a run that
-- reached the last page said to go on from ("changed since …"). The last run's times, error and counts.
create table harvest_sources (
    id               bigint generated always as identity primary key,
    body_id          bigint       not null references bodies (id) on delete cascade,
    kind             varchar(20)  not null check (kind in ('TWEEDE_KAMER', 'NOTUBIZ', 'IBABS')),
    base_url         varchar(500) not null check (base_url ~ '^https?://[^\s/?#]+[^\s]*$'),
    parameters       jsonb        not null default '{}' check (jsonb_typeof(parameters) = 'object'),
    publish          boolean      not null default false,
    scheduled        boolean      not null default true,
    cursor           text,
    resume_cursor    text,
    last_started_at  timestamptz,
    last_finished_at timestamptz,
    last_error       text,
    last_pages       integer      not null default 0 check (last_pages >= 0),
    created_count    integer      not null default 0 check (created_count >= 0),
    updated_count    integer      not null default 0 check (updated_count >= 0),
    unchanged_count  integer      not null default 0 check (unchanged_count >= 0),
    conflict_count   integer      not null default 0 check (conflict_count >= 0),
    deleted_count    integer      not null default 0 check (deleted_count >= 0),
    skipped_count    integer      not null default 0 check (skipped_count >= 0),
    created_at       timestamptz  not null default now(),
    check (last_finished_at is null or last_started_at is not null)
);
create unique index harvest_sources_once_per_body on harvest_sources (body_id, kind, base_url, parameters);

-- Where a harvested item came from: the kind of source and the source's own id of the record (a record is stored
-- once per body, whatever happens: the unique index), its page at the source ("Bron: …"), the values the harvest
-- last wrote and read (source_values: per field what it stored and what the source said, so a clerk's later edit
-- of a field is told from the harvest's own), and when the source deleted the record. Items typed in by clerks have
-- none of it. Not audited: the item's own columns are, and a harvest's change of them is a revision "Bijgewerkt
-- uit …". These are columns of motions, commitments and letters, so V11's triggers on those tables already tell
-- the public page cache when a harvest changes them.
do $$
declare
    item text;
begin
    foreach item in array array['motions', 'commitments', 'letters'] loop
        execute format('alter table %1$I
            add column source_kind       varchar(20) check (source_kind in (''TWEEDE_KAMER'', ''NOTUBIZ'', ''IBABS'')),
            add column source_id         varchar(200) check (source_id ~ ''^[^\s](.*[^\s])?$''),
            add column source_url        varchar(1000) check (source_url ~ ''^https?://''),
            add column source_values     jsonb check (jsonb_typeof(source_values) = ''object''),
            add column source_deleted_at timestamptz,
            add constraint %1$s_source_named check ((source_kind is null) = (source_id is null)
                and (source_kind is not null or num_nulls(source_url, source_values, source_deleted_at) = 3))',
            item);
        execute format('create unique index %1$s_once_per_source on %1$I (body_id, source_kind, source_id)'
                       ' where source_id is not null', item);
    end loop;
end $$;

-- A clerk edited a harvested field, and the source now says something else: the harvest keeps the clerk's value
-- and records the difference here, once per item and field while it is open (a later harvest updates it when the
-- source's value changes again). A clerk resolves it: SOURCE takes the source's value, OWN keeps their own (and the
-- harvest does not raise the same source value again). field 'deleted': the source deleted the record.
create table harvest_conflicts (
    id              bigint generated always as identity primary key,
    body_id         bigint       not null references bodies (id) on delete cascade,
    motion_id       bigint references motions (id) on delete cascade,
    commitment_id   bigint references commitments (id) on delete cascade,
    letter_id       bigint references letters (id) on delete cascade,
    field           varchar(40)  not null check (field ~ '^[a-zA-Z]+$'),
    harvested_value text,
    current_value   text,
    seen_at         timestamptz  not null default now(),
    resolved_at     timestamptz,
    resolved_by     varchar(200),
    resolution      varchar(10) check (resolution in ('SOURCE', 'OWN')),
    check (num_nonnulls(motion_id, commitment_id, letter_id) = 1),
    check (num_nulls(resolved_at, resolved_by, resolution) in (0, 3))
);
create unique index harvest_conflicts_open_once on harvest_conflicts (motion_id, commitment_id, letter_id, field)
    nulls not distinct where resolved_at is null;
create index harvest_conflicts_of_body on harvest_conflicts (body_id) where resolved_at is null;
create index harvest_conflicts_by_motion on harvest_conflicts (motion_id) where motion_id is not null;
create index harvest_conflicts_by_commitment on harvest_conflicts (commitment_id) where commitment_id is not null;
create index harvest_conflicts_by_letter on harvest_conflicts (letter_id) where letter_id is not null;
