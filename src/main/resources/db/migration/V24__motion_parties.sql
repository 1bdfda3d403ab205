-- The parties of a motion: the party (abbreviation, else name) of each of its sponsors, once per party. Owned by the
-- motion module; search facets and filters, the dashboards and following a party all read it, never the join itself.
create view motion_parties as
select distinct s.motion_id, coalesce(p.abbreviation, p.name) as party
from motion_sponsors s
join members m on m.id = s.member_id
join parties p on p.id = m.party_id;
