-- Terms (termijnen) and who is responsible (issue 6; docs/adr/0008-terms-dashboards-and-following.md). Whether an
-- item is overdue, due soon or was discharged late is computed from these, never stored.

-- A body's default term for adopted motions without a due date of their own: a number of months after adoption, or
-- the next of some dates of the year ("07-01,12-01": the next 1 July or 1 December after adoption).
alter table bodies
    add column default_term_months integer check (default_term_months between 1 and 60),
    add column default_term_dates  varchar(60) check (default_term_dates ~ '^[0-9]{2}-[0-9]{2}(,[0-9]{2}-[0-9]{2}){0,11}$'),
    add check (default_term_months is null or default_term_dates is null);

-- Every extension of a term is kept: from which date to which, why, and (when there is one) the letter that asked.
create table term_extensions (
    id            bigint generated always as identity primary key,
    motion_id     bigint references motions (id) on delete cascade,
    commitment_id bigint references commitments (id) on delete cascade,
    from_date     date,
    to_date       date         not null,
    reason        text         not null check (btrim(reason) <> ''),
    letter_id     bigint references letters (id),
    recorded_at   timestamptz  not null default now(),
    recorded_by   varchar(200) not null check (btrim(recorded_by) <> ''),
    check (num_nonnulls(motion_id, commitment_id) = 1),
    check (from_date is null or to_date > from_date)
);
create index term_extensions_by_motion on term_extensions (motion_id, id) where motion_id is not null;
create index term_extensions_by_commitment on term_extensions (commitment_id, id) where commitment_id is not null;

-- The department and portfolio holder (portefeuillehouder) responsible for an item; the latest row counts, the
-- earlier ones are its history.
create table responsibilities (
    id               bigint generated always as identity primary key,
    motion_id        bigint references motions (id) on delete cascade,
    commitment_id    bigint references commitments (id) on delete cascade,
    department       varchar(200) check (btrim(department) <> ''),
    portfolio_holder varchar(200) check (btrim(portfolio_holder) <> ''),
    recorded_at      timestamptz  not null default now(),
    recorded_by      varchar(200) not null check (btrim(recorded_by) <> ''),
    check (num_nonnulls(motion_id, commitment_id) = 1)
);
create index responsibilities_by_motion on responsibilities (motion_id, id) where motion_id is not null;
create index responsibilities_by_commitment on responsibilities (commitment_id, id) where commitment_id is not null;

-- The due date a body's default gives an item started on `start`.
create function default_term_due(months integer, dates varchar, start date) returns date
    language sql immutable parallel safe
return case
    when start is null then null
    when months is not null then (start + make_interval(months => months))::date
    when dates is not null then
        (select min(make_date(y, split_part(md, '-', 1)::int, split_part(md, '-', 2)::int))
         from unnest(string_to_array(dates, ',')) md,
              generate_series(extract(year from start)::int, extract(year from start)::int + 1) y
         where make_date(y, split_part(md, '-', 1)::int, split_part(md, '-', 2)::int) > start)
    end;

-- One row per adopted motion and per commitment with its term: the original due date (its own, or the body's
-- default for a motion), the latest extension, the effective due date, when it was discharged, and who is
-- responsible. Dashboards, lists and mails filter and sort on this in the database; "today" is always a parameter
-- (the date in the Netherlands), so what is overdue is computed at the moment of asking.
create view item_terms as
select 'MOTION'::varchar(10) as item_type, m.id as item_id, m.body_id, m.published, m.status,
       m.registration_number as number, m.url_key, coalesce(m.title, 'Motie ' || m.registration_number) as title,
       m.adopted_on as started_on,
       coalesce(m.due_date, default_term_due(b.default_term_months, b.default_term_dates, m.adopted_on))
           as original_due_on,
       m.due_date is null and num_nonnulls(b.default_term_months, b.default_term_dates) = 1 as default_term,
       coalesce(x.extensions, 0) as extensions,
       coalesce(x.latest, m.due_date, default_term_due(b.default_term_months, b.default_term_dates, m.adopted_on))
           as due_on,
       d.discharged_on, r.department, r.portfolio_holder
from motions m
join bodies b on b.id = m.body_id
left join lateral (select count(*) as extensions, (array_agg(e.to_date order by e.id desc))[1] as latest
                   from term_extensions e where e.motion_id = m.id) x on true
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
                              as discharged_on
                   from status_changes s where s.motion_id = m.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on m.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.motion_id = m.id
                   order by p.id desc limit 1) r on true
where m.status is not null
union all
select 'COMMITMENT', c.id, c.body_id, c.published, c.status, c.number, c.url_key, c.text, c.made_on,
       c.due_date, false, coalesce(x.extensions, 0), coalesce(x.latest, c.due_date), d.discharged_on,
       r.department, r.portfolio_holder
from commitments c
left join lateral (select count(*) as extensions, (array_agg(e.to_date order by e.id desc))[1] as latest
                   from term_extensions e where e.commitment_id = c.id) x on true
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
                              as discharged_on
                   from status_changes s where s.commitment_id = c.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on c.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.commitment_id = c.id
                   order by p.id desc limit 1) r on true;
