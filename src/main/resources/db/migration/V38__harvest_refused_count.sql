-- A harvest's counts tell apart the records it left aside because there was nothing to store (a motion not decided
-- yet, the deletion of a record never harvested: skipped_count) from those it refused because they break a rule of
-- the portal and are listed in harvest_problems (refused_count, "overgeslagen" on the sources page).
alter table harvest_sources add column refused_count integer not null default 0;
