-- GET /{body} first page (BodyController): the body, a page of 20 motions and its count, the first page of commitments
-- and its count, the letters answering the page's motions, the years for the filter, the terms of the listed items and the
-- body's late, awaiting and due-soon counts
-- (item_terms_on, V16: the app passes the ids as a list)
\set n random(1, :count)
select id, slug, name, kind, cbs_code, theme from bodies where slug = (select slug from bench_body where n = :n);
select m.* from motions m where m.body_id = (select id from bench_body where n = :n) and m.published order by m.adopted_on desc nulls last, m.id desc offset 0 rows fetch first 20 rows only;
select count(m.id) from motions m where m.body_id = (select id from bench_body where n = :n) and m.published;
select c.* from commitments c where c.body_id = (select id from bench_body where n = :n) and c.published order by c.made_on desc nulls last, c.id desc fetch first 20 rows only;
select count(c.id) from commitments c where c.body_id = (select id from bench_body where n = :n) and c.published;
select a.motion_id as item_id, l.id, l.body_id, l.sent_on, l.subject, l.reference, l.registration_number, l.sender, l.published, a.response, a.request_ids from letters l join letter_items a on a.letter_id = l.id where l.published and a.motion_id in (select m.id from motions m where m.body_id = (select id from bench_body where n = :n) and m.published order by m.adopted_on desc nulls last, m.id desc offset 0 rows fetch first 20 rows only) order by l.sent_on desc nulls last, l.id desc;
select distinct extract(year from m.adopted_on) from motions m where m.body_id = (select id from bench_body where n = :n) and m.published and m.adopted_on is not null order by 1 desc;
select distinct extract(year from c.made_on) from commitments c where c.body_id = (select id from bench_body where n = :n) and c.published and c.made_on is not null order by 1 desc;
select item_type, item_id, status, started_on, original_due_on, default_term, extensions, due_on, proposed_on, discharged_on, department, portfolio_holder, late_days, due_soon, proposed_late_days from item_terms_on(current_date) where item_type = 'MOTION' and item_id = any(array(select m.id from motions m where m.body_id = (select id from bench_body where n = :n) and m.published order by m.adopted_on desc nulls last, m.id desc offset 0 rows fetch first 20 rows only));
select item_type, item_id, status, started_on, original_due_on, default_term, extensions, due_on, proposed_on, discharged_on, department, portfolio_holder, late_days, due_soon, proposed_late_days from item_terms_on(current_date) where item_type = 'COMMITMENT' and item_id = any(array(select c.id from commitments c where c.body_id = (select id from bench_body where n = :n) and c.published order by c.made_on desc nulls last, c.id desc fetch first 20 rows only));
select count(*) filter (where late_days is not null), count(*) filter (where awaiting_decision), count(*) filter (where due_soon) from item_terms_on(current_date) where body_id = (select id from bench_body where n = :n) and published;
