-- Imported documents: what a clerk uploaded or pasted, kept until they confirm the review (pending_imports), and
-- the original file of a letter, kept for download (letter_documents).

create table pending_imports (
    id           uuid primary key,
    body_id      bigint       not null references bodies (id),
    created_by   varchar(200) not null,
    created_at   timestamptz  not null default now(),
    file_name    varchar(255),
    content_type varchar(100),
    content      bytea,
    text         text         not null,
    check ((content is null) = (file_name is null))
);
create index pending_imports_by_body on pending_imports (body_id, created_at desc);

create table letter_documents (
    letter_id    bigint primary key references letters (id) on delete cascade,
    file_name    varchar(255) not null check (btrim(file_name) <> ''),
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null default now(),
    uploaded_by  varchar(200) not null
);
