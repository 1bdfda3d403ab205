-- Hibernate saves a changed ordered collection (sponsors, footnotes, a letter's items) row by row, by position: a
-- sponsor removed from the middle moves the next one up a row while it still holds its own. A key checked at once
-- then refuses a valid edit (issue 11), so the keys that say "each once per motion or letter" are checked when the
-- transaction commits, where they still refuse a motion with the same sponsor twice.
alter table motion_sponsors
    drop constraint motion_sponsors_motion_id_member_id_key,
    add constraint motion_sponsors_motion_id_member_id_key unique (motion_id, member_id) deferrable initially deferred;

alter table footnotes
    drop constraint footnotes_motion_id_marker_key,
    add constraint footnotes_motion_id_marker_key unique (motion_id, marker) deferrable initially deferred;

alter table letter_footnotes
    drop constraint letter_footnotes_letter_id_marker_key,
    add constraint letter_footnotes_letter_id_marker_key unique (letter_id, marker) deferrable initially deferred;

alter table letter_items
    drop constraint letter_items_letter_id_motion_id_key,
    add constraint letter_items_letter_id_motion_id_key unique (letter_id, motion_id) deferrable initially deferred,
    drop constraint letter_items_letter_id_commitment_id_key,
    add constraint letter_items_letter_id_commitment_id_key unique (letter_id, commitment_id)
        deferrable initially deferred;
