-- GET /{body}/moties/{number} (MotionController): the body, the motion with clauses, footnotes and sponsors, the
-- letters answering it, the sponsors' names, and "Elders aangenomen" (SimilarMotions, verbatim: reads the list
-- computed in the background), and its term, extensions and the body's default term (V8)
\set n random(1, :count)
select b.* from bodies b where b.slug = (select slug from bench_motion where n = :n);
select m.* from motions m where m.body_id = (select body_id from bench_motion where n = :n) and m.url_key = (select url_key from bench_motion where n = :n) and m.published;
select c.* from clauses c where c.motion_id = (select id from bench_motion where n = :n);
select f.* from footnotes f where f.motion_id = (select id from bench_motion where n = :n);
select s.* from motion_sponsors s where s.motion_id = (select id from bench_motion where n = :n);
select a.motion_id, l.*, a.response from letters l join letter_items a on a.letter_id = l.id where l.published and a.motion_id = (select id from bench_motion where n = :n) order by l.sent_on desc nulls last, l.id desc;
select mb.*, p.* from members mb left join parties p on p.id = mb.party_id where mb.id in (select member_id from motion_sponsors where motion_id = (select id from bench_motion where n = :n));
select d.title, d.url_key, d.status, b.slug, b.name, m.adopted_on, m.adopted_on_precision
from similar_motions s
cross join unnest(s.similar_ids) with ordinality as found(id, position)
join search_documents d on d.item_type = 'MOTION' and d.item_id = found.id and d.published
join motions m on m.id = found.id and m.vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE')
join bodies b on b.id = d.body_id
where s.motion_id = (select id from bench_motion where n = :n) and d.status is not null
order by found.position
limit 5;
select item_type, item_id, status, started_on, original_due_on, default_term, extensions, due_on, proposed_on, discharged_on, department, portfolio_holder, late_days, due_soon, proposed_late_days from item_terms_on(current_date) where item_type = 'MOTION' and item_id = any(array[(select id from bench_motion where n = :n)]);
select from_date, to_date, reason, letter_id, recorded_at, recorded_by from term_extensions where motion_id = (select id from bench_motion where n = :n) order by id;
select default_term_months, default_term_dates from bodies where id = (select body_id from bench_motion where n = :n);
