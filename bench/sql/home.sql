-- GET /  (HomeController): counts per body and status of motions and commitments, all bodies, latest letters
select m.body_id, m.status, count(m.id) from motions m where m.published and m.status is not null group by m.body_id, m.status;
select c.body_id, c.status, count(c.id) from commitments c where c.published group by c.body_id, c.status;
select b.* from bodies b order by b.name;
select l.* from letters l where l.published order by l.sent_on desc nulls last, l.id desc fetch first 10 rows only;
