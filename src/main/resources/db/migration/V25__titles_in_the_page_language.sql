-- Titles the portal makes up for an item without one ("Motie 2014-11", "Toezegging T-3", "Brief van … van 3 maart
-- 2021") are said in the page's language (issue 13, part 7), so the pages compose them from the item's parts:
--   * item_terms.title is the motion's own title, null when it has none (the dashboards and reminders name it by
--     its number, in their language); a commitment's is its text, as before;
--   * search_documents keeps its Dutch title (found by search, named in mails and feeds) and says next to it whether
--     that is the item's own (titled), and the parts a made-up title is composed of: the motion's or commitment's
--     number, the letter's sender (its date is item_date). Ranking and matching do not change.

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

alter table search_documents add column titled boolean not null default true,
                             add column number text,
                             add column sender text;

-- As V13, with the parts of a made-up title. One definition of every item's search document, for the triggers
-- (search_refresh_*) and the generator's rebuild alike, in the column order of search_documents. Sponsors (and the
-- member a commitment was made to) are in the text with their party, at the lowest weight: a name or party finds
-- the item, and a name that is also a word ("De Boer", "Partij van de Arbeid") ranks below the items whose text has
-- that word.
create or replace view search_rows as
select 'MOTION' as item_type, m.id as item_id, m.body_id, m.published, m.url_key,
       coalesce(m.title, 'Motie ' || m.registration_number) as title, m.status, m.adopted_on as item_date,
       search_clean(concat_ws(E'\n', m.title, c.text, m.summary,
                              case when s.count = 1 then 'Indiener: ' else 'Indieners: ' end || s.names)) as content,
       setweight(to_tsvector('dutch', search_clean(m.title)), 'A')
           || setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(m.summary)), 'C')
           || setweight(to_tsvector('dutch', search_clean(s.words)), 'D') as document,
       array_remove(array[search_number_key(m.registration_number)], null) as numbers,
       m.title is not null as titled, m.registration_number::text as number, null::text as sender
from motions m
left join lateral (select string_agg(text, E'\n' order by position) as text
                   from clauses where motion_id = m.id) c on true
left join lateral (select count(*) as count,
                          string_agg(mb.name || coalesce(' (' || coalesce(p.abbreviation, p.name) || ')', ''), ', '
                                     order by ms.position) as names,
                          string_agg(concat_ws(' ', mb.name, p.abbreviation, p.name), ' ') as words
                   from motion_sponsors ms
                   join members mb on mb.id = ms.member_id
                   left join parties p on p.id = mb.party_id
                   where ms.motion_id = m.id) s on true
union all
select 'COMMITMENT', c.id, c.body_id, c.published, c.url_key, 'Toezegging ' || c.number, c.status, c.made_on,
       search_clean(concat_ws(E'\n', c.text, 'Op verzoek van: ' || mb.name
                                                || coalesce(' (' || coalesce(p.abbreviation, p.name) || ')', ''))),
       setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(concat_ws(' ', mb.name, p.abbreviation, p.name))), 'D'),
       array_remove(array[search_number_key(c.number)], null), false, c.number::text, null
from commitments c
left join members mb on mb.id = c.requested_by_member_id
left join parties p on p.id = mb.party_id
union all
select 'LETTER', l.id, l.body_id, l.published, l.id::text, t.title, null, l.sent_on,
       search_clean(concat_ws(E'\n', t.title, l.full_text)),
       setweight(to_tsvector('dutch', search_clean(t.title)), 'A')
           || setweight(to_tsvector('dutch', search_clean(l.full_text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(l.sender)), 'D'),
       array_remove(array[search_number_key(l.registration_number), search_number_key(l.reference)], null),
       l.subject is not null, null, l.sender
from letters l
cross join letter_title(l.subject, l.sender, l.sent_on) t (title);

update search_documents d
set titled = r.titled, number = r.number, sender = r.sender
from search_rows r
where r.item_type = d.item_type and r.item_id = d.item_id;
