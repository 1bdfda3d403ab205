-- Motiemonitor: bodies, their councils' motions and commitments, the executive's letters answering them,
-- and the status history of every item. The constraints here protect the data even when code is wrong.

create table bodies (
    id       bigint generated always as identity primary key,
    slug     varchar(60)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name     varchar(200) not null check (btrim(name) <> ''),
    kind     varchar(20)  not null check (kind in ('MUNICIPALITY', 'PROVINCE', 'WATER_BOARD', 'PARLIAMENT')),
    cbs_code varchar(6) unique check (cbs_code ~ '^(GM|PV|WS)[0-9]{4}$'),
    theme    varchar(40)  not null default 'voorbeeld' check (theme ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version  bigint       not null default 0
);

create table parties (
    id           bigint generated always as identity primary key,
    body_id      bigint       not null references bodies (id),
    name         varchar(200) not null check (btrim(name) <> ''),
    abbreviation varchar(40),
    unique (body_id, name),
    unique (id, body_id)
);

create table members (
    id       bigint generated always as identity primary key,
    body_id  bigint       not null references bodies (id),
    name     varchar(200) not null check (btrim(name) <> ''),
    party_id bigint,
    -- a member's party group belongs to the same body
    foreign key (party_id, body_id) references parties (id, body_id),
    unique (id, body_id)
);

create table motions (
    id                   bigint generated always as identity primary key,
    body_id              bigint       not null references bodies (id),
    registration_number  varchar(40)  not null check (registration_number ~ '^[^\s](.*[^\s])?$'),
    -- the number as it appears in URLs: /den-haag/moties/ris323480
    url_key              varchar(40)  not null generated always as
                             (lower(regexp_replace(registration_number, '[^A-Za-z0-9]+', '-', 'g'))) stored,
    title                varchar(500) check (btrim(title) <> ''),
    summary              text,
    adopted_on           date,
    adopted_on_precision varchar(5)   not null default 'DAY' check (adopted_on_precision in ('DAY', 'MONTH', 'YEAR')),
    debate               varchar(500),
    debate_reference     varchar(40),
    vote_outcome         varchar(25)  not null
        check (vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE', 'REJECTED', 'WITHDRAWN', 'HELD')),
    votes_for            integer check (votes_for >= 0),
    votes_against        integer check (votes_against >= 0),
    due_date             date,
    status               varchar(20) check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    published            boolean      not null default false,
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    -- only an adopted motion has a lifecycle
    check ((vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')) = (status is not null)),
    check (due_date is null or adopted_on is null or due_date >= adopted_on)
);
create unique index motions_registration_number_per_body on motions (body_id, upper(registration_number));
create unique index motions_url_key_per_body on motions (body_id, url_key);

create table clauses (
    motion_id bigint      not null references motions (id) on delete cascade,
    position  integer     not null check (position >= 0),
    kind      varchar(20) not null check (kind in ('NOTING', 'CONSIDERING', 'OPINION', 'REQUEST', 'INSTRUCTION')),
    text      text        not null check (btrim(text) <> ''),
    primary key (motion_id, position)
);

-- A footnote marker stands right after the anchor text in a clause; the note itself may be unknown.
create table footnotes (
    motion_id       bigint      not null references motions (id) on delete cascade,
    position        integer     not null check (position >= 0),
    marker          varchar(10) not null check (btrim(marker) <> ''),
    clause_position integer     not null check (clause_position >= 0),
    anchor          varchar(200) not null check (anchor <> ''),
    text            text,
    primary key (motion_id, position),
    unique (motion_id, marker)
);

create table motion_sponsors (
    motion_id bigint  not null references motions (id) on delete cascade,
    position  integer not null check (position >= 0),
    member_id bigint  not null references members (id),
    primary key (motion_id, position),
    unique (motion_id, member_id)
);

create table letters (
    id                  bigint generated always as identity primary key,
    body_id             bigint       not null references bodies (id),
    sent_on             date,
    subject             varchar(500) check (btrim(subject) <> ''),
    reference           varchar(100) check (btrim(reference) <> ''),
    registration_number varchar(40) check (btrim(registration_number) <> ''),
    your_reference      varchar(100),
    addressee           varchar(300),
    contact_name        varchar(200),
    department          varchar(300),
    unit                varchar(300),
    phone               varchar(40) check (phone ~ '^[0-9 ()+-]{3,40}$'),
    email               varchar(254) check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    attachment_count    integer check (attachment_count >= 0),
    sender              varchar(300),
    full_text           text,
    published           boolean      not null default false,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now()
);
create unique index letters_reference_per_body on letters (body_id, upper(reference)) where reference is not null;
create index letters_by_date on letters (body_id, sent_on desc nulls last);

create table letter_signatories (
    letter_id bigint       not null references letters (id) on delete cascade,
    position  integer      not null check (position >= 0),
    name      varchar(200) not null check (btrim(name) <> ''),
    role      varchar(200),
    primary key (letter_id, position)
);

create table letter_footnotes (
    letter_id bigint       not null references letters (id) on delete cascade,
    position  integer      not null check (position >= 0),
    marker    varchar(10)  not null check (btrim(marker) <> ''),
    paragraph integer      not null check (paragraph >= 0),
    anchor    varchar(200) not null check (anchor <> ''),
    text      text,
    primary key (letter_id, position),
    unique (letter_id, marker)
);

create table commitments (
    id                     bigint generated always as identity primary key,
    body_id                bigint       not null references bodies (id),
    number                 varchar(40)  not null check (number ~ '^[^\s](.*[^\s])?$'),
    url_key                varchar(40)  not null generated always as
                               (lower(regexp_replace(number, '[^A-Za-z0-9]+', '-', 'g'))) stored,
    text                   text         not null check (btrim(text) <> ''),
    made_on                date,
    made_in                varchar(500),
    made_in_letter_id      bigint references letters (id),
    requested_by_member_id bigint references members (id),
    due_date               date,
    due_date_text          varchar(200),
    status                 varchar(20)  not null
        check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    published              boolean      not null default false,
    version                bigint       not null default 0,
    created_at             timestamptz  not null default now(),
    check (due_date is null or made_on is null or due_date >= made_on)
);
create unique index commitments_number_per_body on commitments (body_id, upper(number));
create unique index commitments_url_key_per_body on commitments (body_id, url_key);

-- Which motions and commitments a letter answers, and whether it claims their discharge or reports progress.
create table letter_items (
    letter_id     bigint      not null references letters (id) on delete cascade,
    position      integer     not null check (position >= 0),
    motion_id     bigint references motions (id),
    commitment_id bigint references commitments (id),
    response      varchar(20) not null check (response in ('DISCHARGE_CLAIMED', 'PROGRESS_ONLY')),
    primary key (letter_id, position),
    check (num_nonnulls(motion_id, commitment_id) = 1),
    unique (letter_id, motion_id),
    unique (letter_id, commitment_id)
);
create index letter_items_by_motion on letter_items (motion_id) where motion_id is not null;
create index letter_items_by_commitment on letter_items (commitment_id) where commitment_id is not null;

-- Every status change of a motion or commitment: from, to, when it took effect, when and by whom it was recorded, why.
create table status_changes (
    id            bigint generated always as identity primary key,
    motion_id     bigint references motions (id) on delete cascade,
    commitment_id bigint references commitments (id) on delete cascade,
    position      integer      not null check (position >= 0),
    from_status   varchar(20) check (from_status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    to_status     varchar(20)  not null check (to_status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED')),
    effective_on  date,
    recorded_at   timestamptz  not null default now(),
    recorded_by   varchar(200) not null check (btrim(recorded_by) <> ''),
    reason        text         not null check (btrim(reason) <> ''),
    letter_id     bigint references letters (id),
    check (num_nonnulls(motion_id, commitment_id) = 1),
    check (from_status is distinct from to_status),
    unique (motion_id, position),
    unique (commitment_id, position)
);

create index motions_by_body on motions (body_id, adopted_on desc nulls last);
create index commitments_by_body on commitments (body_id, made_on desc nulls last);
