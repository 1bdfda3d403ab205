-- GET /  (HomeController): counts per body and status of motions and commitments (kept by triggers, V7), all bodies,
-- latest letters
select body_id, status, items from published_status_counts where item_type = 'MOTION' and items > 0;
select body_id, status, items from published_status_counts where item_type = 'COMMITMENT' and items > 0;
select b.* from bodies b order by b.name;
select l.* from letters l where l.published order by l.sent_on desc nulls last, l.id desc fetch first 10 rows only;
