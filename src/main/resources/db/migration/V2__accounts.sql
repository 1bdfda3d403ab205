-- Accounts of the staff area: administrators, clerks (CLERK) and council members (MEMBER), with their roles per
-- body, and the login attempts that throttling counts. Passwords are stored only as DelegatingPasswordEncoder hashes.

create table users (
    id                  bigint generated always as identity primary key,
    -- stored in lower case, so uniqueness and login ignore case
    username            varchar(60)  not null check (username ~ '^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$'),
    display_name        varchar(200) not null check (btrim(display_name) <> ''),
    -- '{id}hash', e.g. '{pbkdf2@SpringSecurity_v5_8}…' or '{bcrypt}$2a$…'; never a plain password
    password_hash       varchar(500) not null check (password_hash ~ '^\{[^}]+\}.+$' and password_hash !~ '^\{noop\}'),
    enabled             boolean      not null default true,
    admin               boolean      not null default false,
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz  not null default now(),
    version             bigint       not null default 0
);
create unique index users_username_unique on users (lower(username));

create table user_body_roles (
    user_id bigint      not null references users (id) on delete cascade,
    body_id bigint      not null references bodies (id),
    role    varchar(10) not null check (role in ('MEMBER', 'CLERK')),
    primary key (user_id, body_id)
);
create index user_body_roles_by_body on user_body_roles (body_id);

-- Every login attempt: what throttling counts (FAILURE), what resets an account (SUCCESS) and what it refused
-- (REFUSED). The submitted name is kept as typed (lower case), also when no such user exists. No password, ever.
create table login_attempts (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null,
    address      varchar(64)  not null,
    outcome      varchar(10)  not null check (outcome in ('SUCCESS', 'FAILURE', 'REFUSED')),
    attempted_at timestamptz  not null default now()
);
create index login_attempts_by_username on login_attempts (username, attempted_at);
create index login_attempts_by_address on login_attempts (address, attempted_at);
create index login_attempts_by_time on login_attempts (attempted_at);
