-- A motion that replaces an earlier one (gewijzigde motie: "ter vervanging van die gedrukt onder nr. 19", issue 15).
-- The replaced motion is one of the same body, never the motion itself, and at most one motion replaces it. The
-- replaced motion is no longer tracked on its own: what the council decided on the replacement counts. Both public
-- pages link to each other; a change of either motion already tells its body's pages to go (V11), and both are of
-- one body.
alter table motions add constraint motions_id_body_unique unique (id, body_id);
alter table motions add column replaces_motion_id bigint,
    add constraint motions_replaces_same_body foreign key (replaces_motion_id, body_id) references motions (id, body_id),
    add constraint motions_replaces_not_itself check (replaces_motion_id <> id);
create unique index motions_replaced_once on motions (replaces_motion_id) where replaces_motion_id is not null;

alter table motions_aud add column replaces_motion_id bigint;
