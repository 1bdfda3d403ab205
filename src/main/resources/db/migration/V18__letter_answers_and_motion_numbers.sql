-- What a letter does with each item it answers (issue 11): besides claiming discharge or reporting progress it may ask
-- for a new term (an uitstelbrief: the clerk's save accepts it, and the term moves to the new date) or say plainly
-- that the item is not discharged.
alter table letter_items
    drop constraint letter_items_response_check,
    add constraint letter_items_response_check
        check (response in ('DISCHARGE_CLAIMED', 'PROGRESS_ONLY', 'POSTPONED', 'NOT_DISCHARGED')),
    add column new_due_date date,
    add constraint letter_items_new_due_date_only_when_postponed
        check ((response = 'POSTPONED') = (new_due_date is not null));
alter table letter_items_aud add column new_due_date date;

-- A motion's number compared the way people write it, with the search's key (V13): "M-168", "M 168" and "m168" are
-- one number, as are "166/2018" and "166-2018", and "33 959, nr. 5" and "33959-5". The import finds existing motions
-- by it, and a new motion whose number is another's in other punctuation is refused.
create index motions_by_number_key on motions (body_id, search_number_key(registration_number));
