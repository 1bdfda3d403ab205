-- The committee (raadscommissie) that follows an item, beside its department and portfolio holder (issue 15): griffies
-- group the council's list by it. Part of the same append-only history of who is responsible (V8).
alter table responsibilities add column committee varchar(200);
