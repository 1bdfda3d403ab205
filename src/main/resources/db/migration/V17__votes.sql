-- The vote as it happened (issue 11): "overgenomen" (the executive takes the motion over without a vote) counts as
-- adopted, and each party group's vote is kept with its seats where known. Only an adopted or taken-over motion has
-- a lifecycle (status, term, a place in "open" and "te laat").
alter table motions
    drop constraint motions_vote_outcome_check,
    add constraint motions_vote_outcome_check check (vote_outcome in
        ('ADOPTED', 'ADOPTED_WITHOUT_VOTE', 'TAKEN_OVER', 'REJECTED', 'WITHDRAWN', 'HELD')),
    drop constraint motions_check,
    add constraint motions_lifecycle_only_when_adopted check (
        (vote_outcome in ('ADOPTED', 'ADOPTED_WITHOUT_VOTE', 'TAKEN_OVER')) = (status is not null));

-- How each party group voted: for or against, with its seats when the source gives them.
create table motion_party_votes (
    motion_id bigint      not null references motions (id) on delete cascade,
    position  integer     not null check (position >= 0),
    party_id  bigint      not null references parties (id),
    vote      varchar(10) not null check (vote in ('FOR', 'AGAINST')),
    seats     integer check (seats between 0 and 1000),
    primary key (motion_id, position),
    constraint motion_party_votes_once unique (motion_id, party_id) deferrable initially deferred
);
create index motion_party_votes_by_party on motion_party_votes (party_id);

create table motion_party_votes_aud (
    motion_id bigint   not null,
    position  integer  not null,
    rev       bigint   not null references revinfo (id),
    revtype   smallint not null,
    party_id  bigint,
    vote      varchar(10),
    seats     integer,
    primary key (motion_id, position, rev, revtype)
);

-- The motion page shows the votes: a change drops its body's kept pages (V11).
create trigger public_pages_insert after insert on motion_party_votes referencing new table as new_rows
    for each statement execute function notify_public_pages('motion_id', 'motions');
create trigger public_pages_update after update on motion_party_votes
    referencing old table as old_rows new table as new_rows
    for each statement execute function notify_public_pages('motion_id', 'motions');
create trigger public_pages_delete after delete on motion_party_votes referencing old table as old_rows
    for each statement execute function notify_public_pages('motion_id', 'motions');

-- "Elders aangenomen" lists motions with a lifecycle: adopted, also without a vote, or taken over.
create or replace function similar_motions_ranked(own_body bigint, terms tsquery[], any_term tsquery,
                                                  candidates tsquery, results integer) returns bigint[]
    language sql stable
return (select array_agg(s.item_id order by s.matched desc, s.rank desc, s.item_date desc nulls last, s.item_id desc)
        from (select d.item_id, d.item_date, ts_rank_cd(d.document, any_term) as rank,
                     (select count(*) from unnest(terms) t where d.document @@ t) as matched
              from search_documents d
              where d.published and d.item_type = 'MOTION' and d.status is not null and d.body_id <> own_body
                and d.document @@ candidates
                and (select count(*) from unnest(terms) t where d.document @@ t) >= least(2, cardinality(terms))
              order by matched desc, rank desc, d.item_date desc nulls last, d.item_id desc
              limit results) s);
