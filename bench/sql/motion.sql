-- GET /{body}/moties/{number} (MotionController), the statements the page runs since issue 17, copied from the code:
-- the body (Bodies.findBySlug), the motion with its clauses, footnotes, party votes, sponsors and history in one
-- statement (MotionPageReads), the letters answering it (LetterCatalog), its sponsors (Bodies.members), its term
-- (Terms.term; extensions and the body's default term only when the term has them), its progress note, its requests and
-- their terms, the motions of a replacement (MotionPageReads.replacements) and "Elders aangenomen" (SimilarMotions)
\set n random(1, :count)
select id, slug, name, kind, cbs_code, theme from bodies where slug = (select slug from bench_motion where n = :n);
select m.id, m.body_id, m.registration_number, m.url_key, m.title, m.adopted_on, m.adopted_on_precision, m.vote_outcome, m.status, m.due_date, m.published, m.partly_discharged, m.summary, m.debate, m.debate_reference, m.votes_for, m.votes_against, m.version, m.source_kind, m.source_url, m.source_deleted_at, (select json_agg(json_build_array(c.kind, c.text) order by c.position) from clauses c where c.motion_id = m.id) as clauses, (select json_agg(json_build_array(f.marker, f.clause_position, f.anchor, f.text) order by f.position) from footnotes f where f.motion_id = m.id) as footnotes, (select json_agg(json_build_array(p.name, v.vote, v.seats) order by v.position) from motion_party_votes v left join parties p on p.id = v.party_id where v.motion_id = m.id) as party_votes, (select coalesce(array_agg(s.member_id order by s.position), '{}') from motion_sponsors s where s.motion_id = m.id) as sponsors, (select json_agg(json_build_array(h.from_status, h.to_status, h.effective_on, h.recorded_at, h.recorded_by, h.reason, h.letter_id, h.date_unknown) order by h.position) from status_changes h where h.motion_id = m.id) as history from motions m where m.body_id = (select body_id from bench_motion where n = :n) and m.url_key = (select url_key from bench_motion where n = :n) and m.published;
select a.motion_id as item_id, l.id, l.body_id, l.sent_on, l.subject, l.reference, l.registration_number, l.sender, l.published, a.response, a.request_ids from letters l join letter_items a on a.letter_id = l.id where a.motion_id in ((select id from bench_motion where n = :n)) and l.published order by l.sent_on desc nulls last, l.id desc;
select m.id, m.name, coalesce(p.abbreviation, p.name) as party from members m left join parties p on p.id = m.party_id where m.id in (select member_id from motion_sponsors where motion_id = (select id from bench_motion where n = :n));
select item_type, item_id, status, started_on, original_due_on, default_term, extensions, due_on, proposed_on, discharged_on, department, portfolio_holder, late_days, due_soon, proposed_late_days, answered_in_time from item_terms_on(current_date) where item_type = 'MOTION' and item_id = any(array[(select id from bench_motion where n = :n)]);
select text, noted_on, recorded_at, recorded_by, source from progress_notes where motion_id = (select id from bench_motion where n = :n) order by id desc limit 1;
select r.* from motion_requests r where r.motion_id = (select id from bench_motion where n = :n) order by r.position;
select t.request_id, t.due_on, r.due_date is not null as own, t.late_days from request_terms_on(current_date) t join motion_requests r on r.id = t.request_id where t.motion_id = any(array[(select id from bench_motion where n = :n)]);
select m.id, m.body_id, m.registration_number, m.url_key, m.title, m.adopted_on, m.adopted_on_precision, m.vote_outcome, m.status, m.due_date, m.published, m.partly_discharged, m.replaces_motion_id = (select id from bench_motion where n = :n) as later from motions m where (m.id = (select replaces_motion_id from motions where id = (select id from bench_motion where n = :n)) or m.replaces_motion_id = (select id from bench_motion where n = :n)) and (m.published or not true);
select d.title, d.url_key, d.status, b.slug, b.name, m.adopted_on, m.adopted_on_precision
from similar_motions s
cross join unnest(s.similar_ids) with ordinality as found(id, position)
join search_documents d on d.item_type = 'MOTION' and d.item_id = found.id and d.published
join motions m on m.id = found.id and m.vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')
join bodies b on b.id = d.body_id
where s.motion_id = (select id from bench_motion where n = :n) and d.status is not null
order by found.position
limit 5;
