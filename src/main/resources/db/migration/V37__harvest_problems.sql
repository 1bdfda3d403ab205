-- Records a harvest could not store because they break a rule of the council's business (a sponsor's name that
-- matches two members, …), issue 16. Such a record is skipped: the rest of its page is stored and the harvest goes
-- on, and the record is listed here with why (Dutch), once per source and record, until a harvest reads it again
-- and stores it, or the source is removed. The sources page (/beheer/{body}/bronnen) shows them.
create table harvest_problems (
    id            bigint generated always as identity primary key,
    source_id     bigint        not null references harvest_sources (id) on delete cascade,
    record_kind   varchar(10)   not null check (record_kind in ('MOTION', 'COMMITMENT', 'LETTER')),
    record_id     varchar(200)  not null check (record_id ~ '^[^\s](.*[^\s])?$'),
    message       varchar(2000) not null check (message ~ '\S'),
    first_seen_at timestamptz   not null default now(),
    seen_at       timestamptz   not null default now(),
    check (seen_at >= first_seen_at)
);
create unique index harvest_problems_once_per_record on harvest_problems (source_id, record_kind, record_id);
