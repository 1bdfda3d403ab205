-- When is an item late? (issue 11; ../shared/GLOSSARY.md, "Terms"; docs/adr/0010-timeliness.md). What a griffie means
-- by "te laat" is that the executive did not answer in time, so the date that counts is the letter that proposed the
-- discharge, not the council's decision:
--   * late now ("te laat"): no discharge proposed (open or in progress), and today is after the term in force;
--   * awaiting the council: a discharge is proposed; never late, whatever the date;
--   * proposed late ("te laat voorgesteld"): the proposal standing now (or the one the council accepted) is dated
--     after the term; it counts against timeliness, not as late now;
--   * a rejected proposal puts the item back in progress, under its term in force (it may be late at once).
-- This file is the one definition: every page, count, list, feed and mail reads item_terms_on(today).

-- proposed_on: the date of the proposal that stands (for DISCHARGE_PROPOSED) or that the council accepted (for
-- DISCHARGED): the latest move to DISCHARGE_PROPOSED, on the letter's date (the day recorded, when the source gives
-- none); for a discharge whose proposal was never recorded, the discharge itself, the latest the answer can have come.
create or replace view item_terms as
select 'MOTION'::varchar(10) as item_type, m.id as item_id, m.body_id, m.published, m.status,
       m.registration_number as number, m.url_key, coalesce(m.title, 'Motie ' || m.registration_number) as title,
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
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
                              as discharged_on
                   from status_changes s where s.motion_id = m.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on m.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.motion_id = m.id
                   order by p.id desc limit 1) r on true
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
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
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
                              as discharged_on
                   from status_changes s where s.commitment_id = c.id and s.to_status = 'DISCHARGED'
                   order by s.position desc limit 1) d on c.status = 'DISCHARGED'
left join lateral (select p.department, p.portfolio_holder from responsibilities p where p.commitment_id = c.id
                   order by p.id desc limit 1) r on true
left join lateral (select coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date)
                              as proposed_on
                   from status_changes s where s.commitment_id = c.id and s.to_status = 'DISCHARGE_PROPOSED'
                   order by s.position desc limit 1) p on c.status in ('DISCHARGE_PROPOSED', 'DISCHARGED');

-- Every item with what follows from its term on `today` (the date in the Netherlands, from the application's clock):
--   late_days           days after the term in force, for an item late now; null otherwise
--   due_soon            not late, nothing proposed, and due today or within 30 days
--   awaiting_decision   a discharge is proposed and the council has not decided
--   proposed_late_days  days the standing or accepted proposal came after the term; null when in time or none
--   answered_in_time    for an item with a term that was answered or is late now: whether the answer came in time
--                       (null when it has no term, or its term has not passed without an answer)
-- A plain SQL function, so the planner inlines it and filters on the view's columns reach its tables.
create function item_terms_on(today date) returns table (
    item_type varchar, item_id bigint, body_id bigint, published boolean, status varchar, number varchar,
    url_key varchar, title text, started_on date, original_due_on date, default_term boolean, extensions bigint,
    due_on date, discharged_on date, department varchar, portfolio_holder varchar, proposed_on date,
    late_days integer, due_soon boolean, awaiting_decision boolean, proposed_late_days integer,
    answered_in_time boolean)
    language sql stable
as $$
select t.item_type, t.item_id, t.body_id, t.published, t.status, t.number, t.url_key, t.title, t.started_on,
       t.original_due_on, t.default_term, t.extensions, t.due_on, t.discharged_on, t.department, t.portfolio_holder,
       t.proposed_on,
       case when t.status in ('OPEN', 'IN_PROGRESS') and t.due_on < today then today - t.due_on end,
       coalesce(t.status in ('OPEN', 'IN_PROGRESS') and t.due_on between today and today + 30, false),
       t.status = 'DISCHARGE_PROPOSED',
       case when t.status in ('DISCHARGE_PROPOSED', 'DISCHARGED') and t.proposed_on > t.due_on
            then t.proposed_on - t.due_on end,
       case when t.status in ('DISCHARGE_PROPOSED', 'DISCHARGED') and t.proposed_on is not null
                 and t.due_on is not null then t.proposed_on <= t.due_on
            when t.status in ('OPEN', 'IN_PROGRESS') and t.due_on < today then false end
from item_terms t
$$;
