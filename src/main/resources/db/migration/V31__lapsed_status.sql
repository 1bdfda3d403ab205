-- Vervallen (LAPSED, ../shared/GLOSSARY.md): an adopted motion or a commitment that no longer applies, a new law or a
-- later motion having overtaken it. A clerk records it from open, in progress or a proposed discharge, always with
-- the reason, which status_changes already requires and the public history shows. Like DISCHARGED it ends the
-- lifecycle. Every check that lists the statuses learns the new one; the names are PostgreSQL's own for the column
-- checks of V1 (motions, commitments, status_changes), V5 (search_documents) and V7 (published_status_counts).
-- The audit tables (V3) and item_events (V9) copy the status without a check.
alter table motions
    drop constraint motions_status_check,
    add constraint motions_status_check
        check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED'));

alter table commitments
    drop constraint commitments_status_check,
    add constraint commitments_status_check
        check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED'));

alter table status_changes
    drop constraint status_changes_from_status_check,
    add constraint status_changes_from_status_check
        check (from_status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED')),
    drop constraint status_changes_to_status_check,
    add constraint status_changes_to_status_check
        check (to_status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED'));

alter table search_documents
    drop constraint search_documents_status_check,
    add constraint search_documents_status_check
        check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED'));

-- The front page counts a lapsed item under its own status (the V7 triggers take whatever status a row has).
alter table published_status_counts
    drop constraint published_status_counts_status_check,
    add constraint published_status_counts_status_check
        check (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED', 'DISCHARGED', 'LAPSED'));

-- Nothing else changes: the terms (item_terms, V27; item_terms_on, V16) name the statuses they mean, so a lapsed item
-- is never late nor due soon (only OPEN and IN_PROGRESS are), never awaiting the council (only DISCHARGE_PROPOSED),
-- has no discharge or proposal date (only DISCHARGED and DISCHARGE_PROPOSED have), and is judged neither in time nor
-- late (answered_in_time null): the executive owes no answer any more. The dashboards count it as open nowhere
-- (Dashboards: open is neither discharged nor lapsed).
