-- A term extended on a letter's request names the letter in its event too (issue 12): like a status change a letter
-- caused, it is shown in feeds and mail only while that letter is published (follow/Events).
create or replace function item_events_term_extended() returns trigger
    language plpgsql as
$$
begin
    insert into item_events (body_id, item_type, item_id, kind, due_on, detail, letter_id)
    select coalesce(m.body_id, c.body_id), case when new.motion_id is null then 'COMMITMENT' else 'MOTION' end,
           coalesce(new.motion_id, new.commitment_id), 'TERM_EXTENDED', new.to_date, new.reason, new.letter_id
    from (select 1) one
    left join motions m on m.id = new.motion_id
    left join commitments c on c.id = new.commitment_id;
    return null;
end;
$$;
