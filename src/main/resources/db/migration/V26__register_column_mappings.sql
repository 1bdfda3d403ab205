-- How a body's clerks map the columns of their register (CSV or Excel) onto the fields of a motion or commitment
-- (issue 14): remembered per body and header, and offered as the first guess at the next upload.
create table register_column_mappings (
    body_id    bigint       not null references bodies (id) on delete cascade,
    header_key varchar(200) not null check (header_key <> ''),
    field      varchar(30)  not null check (field in ('number', 'kind', 'title', 'date', 'status', 'due-date',
                                                      'sponsors', 'portfolio-holder', 'text', 'ignore')),
    updated_by varchar(200) not null,
    updated_at timestamptz  not null default now(),
    primary key (body_id, header_key)
);
