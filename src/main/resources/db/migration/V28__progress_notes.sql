-- The progress note (stand van zaken) of a motion or commitment, as a fact of its own (issue 14, the register's
-- "Stand van zaken" column). It was read into the motion's summary before, and the public page then showed a note
-- such as "Uitgevoerd met de schoolpleinenaanpak" as the text of the motion. Each note is kept with when and by whom
-- it was recorded and where it came from ("Geïmporteerd uit register.csv"); the latest row is the one in force, the
-- earlier ones are its history. noted_on is the day the note speaks of, when its source gives one.
create table progress_notes (
    id            bigint generated always as identity primary key,
    motion_id     bigint references motions (id) on delete cascade,
    commitment_id bigint references commitments (id) on delete cascade,
    text          text         not null check (btrim(text) <> ''),
    noted_on      date,
    recorded_at   timestamptz  not null default now(),
    recorded_by   varchar(200) not null check (btrim(recorded_by) <> ''),
    source        varchar(300) not null check (btrim(source) <> ''),
    check (num_nonnulls(motion_id, commitment_id) = 1)
);
create index progress_notes_by_motion on progress_notes (motion_id, id) where motion_id is not null;
create index progress_notes_by_commitment on progress_notes (commitment_id, id) where commitment_id is not null;

-- The public pages of motions and commitments show the latest note: a change says which bodies' pages go (V11).
create trigger public_pages_insert after insert on progress_notes referencing new table as new_rows
    for each statement execute function notify_public_pages('motion_id', 'motions', 'commitment_id', 'commitments');
create trigger public_pages_update after update on progress_notes
    referencing old table as old_rows new table as new_rows
    for each statement execute function notify_public_pages('motion_id', 'motions', 'commitment_id', 'commitments');
create trigger public_pages_delete after delete on progress_notes referencing old table as old_rows
    for each statement execute function notify_public_pages('motion_id', 'motions', 'commitment_id', 'commitments');

-- The register's column for the progress note ("Stand van zaken"), beside the one for the motion's own text.
alter table register_column_mappings drop constraint register_column_mappings_field_check,
    add constraint register_column_mappings_field_check
        check (field in ('number', 'kind', 'title', 'date', 'status', 'due-date', 'discharge-date', 'sponsors',
                         'portfolio-holder', 'text', 'progress', 'ignore'));
