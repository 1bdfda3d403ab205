-- A move whose date is unknown (issue 14, the register's walk): a register row saying "afgedaan" without a discharge
-- date records the discharge, but on no day. Until now a move without effective_on counted on the day it was
-- recorded (a clerk's move without a letter date), so an old discharged item read in today became "te laat
-- voorgesteld (2670 dagen)". date_unknown says the date is not known at all: the move dates neither the proposal
-- nor the discharge, and the item counts neither in time nor late (answered_in_time null). A move without a date
-- but not marked unknown still counts on the day it was recorded, as before.
alter table status_changes add column date_unknown boolean not null default false,
                           add constraint status_changes_unknown_has_no_date
                               check (not date_unknown or effective_on is null);

-- The register's column for the date of discharge ("Datum afdoening").
alter table register_column_mappings drop constraint register_column_mappings_field_check,
    add constraint register_column_mappings_field_check
        check (field in ('number', 'kind', 'title', 'date', 'status', 'due-date', 'discharge-date', 'sponsors',
                         'portfolio-holder', 'text', 'ignore'));

-- As V25, with a move of unknown date giving no date.
create or replace view item_terms as
select 'MOTION'::varchar(10) as item_type, m.id as item_id, m.body_id, m.published, m.status,
       m.registration_number as number, m.url_key, m.title::varchar as title,
       m.adopted_on as started_on,
       coalesce(m.due_date, default_term_due(b.default_term_months, b.default_term_dates, m.adopted_on))
           as original_due_on,
       m.due_date is null and num_nonnulls(b.default_term_months, b.default_term_dates) = 1 as default_term,
       coalesce(x.extensions, 0) as extensions,
       coalesce(x.latest, m.due_date, default_term_due(b.default_term_months, b.default_term_dates, m.adopted_on))
           as due_on,
       d.discharged_on, r.department, r.portfolio_holder, coalesce(p.proposed_on, d.discharged_on) as proposed_on
from motions m
join bodies b on b.id = m.body_id
left join lateral (select count(*) as extensions, (array_agg(e.to_date order by e.id desc))[1] as latest
                   from term_extensions e where e.motion_id = m.id) x on true
left join lateral (select case when not s.date_unknown
                                   then coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date) end
                              as discharged_on
                   from status_changes s where s.motion_id = m.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on m.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.motion_id = m.id
                   order by p.id desc limit 1) r on true
left join lateral (select case when not s.date_unknown
                                   then coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date) end
                              as proposed_on
                   from status_changes s where s.motion_id = m.id and s.to_status = 'DISCHARGE_PROPOSED'
                   order by s.position desc limit 1) p on m.status in ('DISCHARGE_PROPOSED', 'DISCHARGED')
where m.status is not null
union all
select 'COMMITMENT', c.id, c.body_id, c.published, c.status, c.number, c.url_key, c.text, c.made_on,
       c.due_date, false, coalesce(x.extensions, 0), coalesce(x.latest, c.due_date), d.discharged_on,
       r.department, r.portfolio_holder, coalesce(p.proposed_on, d.discharged_on)
from commitments c
left join lateral (select count(*) as extensions, (array_agg(e.to_date order by e.id desc))[1] as latest
                   from term_extensions e where e.commitment_id = c.id) x on true
left join lateral (select case when not s.date_unknown
                                   then coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date) end
                              as discharged_on
                   from status_changes s where s.commitment_id = c.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on c.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.commitment_id = c.id
                   order by p.id desc limit 1) r on true
left join lateral (select case when not s.date_unknown
                                   then coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date) end
                              as proposed_on
                   from status_changes s where s.commitment_id = c.id and s.to_status = 'DISCHARGE_PROPOSED'
                   order by s.position desc limit 1) p on c.status in ('DISCHARGE_PROPOSED', 'DISCHARGED');
