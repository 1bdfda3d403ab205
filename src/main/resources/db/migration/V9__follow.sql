-- Following (issue 6; docs/adr/0008-terms-dashboards-and-following.md): an ordered log of what happened to items,
-- filled by triggers whatever wrote the change, read by the Atom feeds and turned into e-mail through a queue.

alter table bodies drop constraint bodies_slug_not_reserved;
alter table bodies add constraint bodies_slug_not_reserved
    check (slug not in ('zoeken', 'beheer', 'login', 'logout', 'error', 'actuator', 'vendor', 'css', 'overzicht',
                        'volgen', 'afmelden', 'abonnementen'));

-- kind: PUBLISHED (a motion, commitment or letter became public), STATUS_CHANGED, LETTER_ANSWERED (a letter was
-- linked to the item; visible once the letter is published), TERM_EXTENDED. Whether an event may be shown is decided
-- when it is read: the item (and the letter) must be published then.
create table item_events (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    body_id     bigint      not null references bodies (id) on delete cascade,
    item_type   varchar(10) not null check (item_type in ('MOTION', 'COMMITMENT', 'LETTER')),
    item_id     bigint      not null,
    kind        varchar(20) not null check (kind in ('PUBLISHED', 'STATUS_CHANGED', 'LETTER_ANSWERED', 'TERM_EXTENDED')),
    from_status varchar(20),
    to_status   varchar(20),
    letter_id   bigint,
    due_on      date,
    detail      text
);
create index item_events_by_item on item_events (item_type, item_id, id);
create index item_events_by_body on item_events (body_id, id);

create function item_events_published() returns trigger
    language plpgsql as
$$
begin
    if new.published and (tg_op = 'INSERT' or not old.published) then
        insert into item_events (body_id, item_type, item_id, kind)
        values (new.body_id, tg_argv[0], new.id, 'PUBLISHED');
    end if;
    return null;
end;
$$;
create trigger item_events_published after insert or update of published on motions
    for each row execute function item_events_published('MOTION');
create trigger item_events_published after insert or update of published on commitments
    for each row execute function item_events_published('COMMITMENT');
create trigger item_events_published after insert or update of published on letters
    for each row execute function item_events_published('LETTER');

create function item_events_status_changed() returns trigger
    language plpgsql as
$$
begin
    insert into item_events (body_id, item_type, item_id, kind, from_status, to_status, letter_id, detail)
    select coalesce(m.body_id, c.body_id), case when new.motion_id is null then 'COMMITMENT' else 'MOTION' end,
           coalesce(new.motion_id, new.commitment_id), 'STATUS_CHANGED', new.from_status, new.to_status,
           new.letter_id, new.reason
    from (select 1) one
    left join motions m on m.id = new.motion_id
    left join commitments c on c.id = new.commitment_id;
    return null;
end;
$$;
create trigger item_events_status_changed after insert on status_changes
    for each row execute function item_events_status_changed();

create function item_events_letter_answered() returns trigger
    language plpgsql as
$$
begin
    insert into item_events (body_id, item_type, item_id, kind, letter_id, detail)
    select l.body_id, case when new.motion_id is null then 'COMMITMENT' else 'MOTION' end,
           coalesce(new.motion_id, new.commitment_id), 'LETTER_ANSWERED', new.letter_id, new.response
    from letters l where l.id = new.letter_id;
    return null;
end;
$$;
create trigger item_events_letter_answered after insert on letter_items
    for each row execute function item_events_letter_answered();

create function item_events_term_extended() returns trigger
    language plpgsql as
$$
begin
    insert into item_events (body_id, item_type, item_id, kind, due_on, detail)
    select coalesce(m.body_id, c.body_id), case when new.motion_id is null then 'COMMITMENT' else 'MOTION' end,
           coalesce(new.motion_id, new.commitment_id), 'TERM_EXTENDED', new.to_date, new.reason
    from (select 1) one
    left join motions m on m.id = new.motion_id
    left join commitments c on c.id = new.commitment_id;
    return null;
end;
$$;
create trigger item_events_term_extended after insert on term_extensions
    for each row execute function item_events_term_extended();

-- Who follows what by e-mail. target: MOTION or COMMITMENT (item_id), BODY, PARTY (party = abbreviation or name of
-- the sponsors' party) or SEARCH (search = the query string of a search URL). last_event_id: events up to here have
-- been turned into mail; every new subscription starts at the newest event.
create table subscriptions (
    id            bigint generated always as identity primary key,
    user_id       bigint       references users (id) on delete cascade,
    email         varchar(254) not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    target        varchar(10)  not null check (target in ('MOTION', 'COMMITMENT', 'BODY', 'PARTY', 'SEARCH')),
    body_id       bigint       references bodies (id) on delete cascade,
    item_id       bigint,
    party         varchar(200),
    search        varchar(1000),
    title         varchar(600) not null,
    frequency     varchar(10)  not null check (frequency in ('EVENT', 'DAILY', 'WEEKLY')),
    created_at    timestamptz  not null default now(),
    last_event_id bigint       not null default 0,
    last_sent_at  timestamptz,
    check ((target in ('MOTION', 'COMMITMENT')) = (item_id is not null)),
    check ((target = 'PARTY') = (party is not null)),
    check ((target = 'SEARCH') = (search is not null)),
    check (target = 'SEARCH' or body_id is not null)
);
create index subscriptions_by_user on subscriptions (user_id);

-- Mail waiting to be sent. A failed attempt stays here with the error and is tried again later, longer apart.
create table mail_queue (
    id              bigint generated always as identity primary key,
    subscription_id bigint       references subscriptions (id) on delete set null,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    unsubscribe_url varchar(1000),
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      text,
    sent_at         timestamptz
);
create index mail_queue_due on mail_queue (next_attempt_at) where sent_at is null;

-- The reminder digest for clerks: when it last went out per body.
create table reminder_runs (
    body_id bigint      primary key references bodies (id) on delete cascade,
    sent_at timestamptz not null
);

-- Secrets the portal generates once, e.g. the key that signs unsubscribe links (motiemonitor.follow.secret wins).
create table app_secrets (
    name   varchar(40) primary key,
    secret bytea       not null check (length(secret) >= 32)
);
insert into app_secrets (name, secret)
values ('unsubscribe', decode(md5(random()::text || clock_timestamp()::text) || md5(random()::text || pg_backend_pid()::text), 'hex'));
