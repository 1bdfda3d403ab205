-- A commitment split in two when a letter keeps only part of it (issue 15): the commitment keeps the part the letter
-- deals with, and the rest goes on as a commitment of its own, numbered after it ("2026-4-b"), that points back to it.
-- Both pages link each other; each part has its own status, term and letters from then on.
alter table commitments
    add column split_from_commitment_id bigint references commitments (id),
    add constraint commitments_not_split_from_itself check (split_from_commitment_id <> id);
alter table commitments_aud add column split_from_commitment_id bigint;
create index commitments_split_from on commitments (split_from_commitment_id)
    where split_from_commitment_id is not null;
