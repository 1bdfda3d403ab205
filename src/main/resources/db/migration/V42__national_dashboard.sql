-- Issue 18: the national dashboard and comparison of bodies (dashboard/NationalDashboard) are computed once for all
-- instances of the portal, by the one that takes the job's lease (job_leases, V41), and kept here; every instance
-- serves this row and loads it again when computed_at says a newer one was stored. One row: a newer computation
-- replaces it (insert ... on conflict (id) do update ... where computed_at is older), an older one never does.
create table national_dashboard (
    id          boolean     primary key default true check (id),
    today       date        not null,
    computed_at timestamptz not null,
    snapshot    jsonb       not null
);

comment on table national_dashboard is 'The latest national dashboard and comparison of bodies, computed by one '
    'instance for all (dashboard/NationalDashboard): the figures as they stood on "today", computed from computed_at '
    '(the database''s time when the computation began), as JSON: {"dashboard": BodyDashboard, "comparison": '
    '[BodyComparison]}.';
