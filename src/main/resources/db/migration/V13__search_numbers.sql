-- Search finds an item by its number and by who submitted it, and a letter without a subject is titled from its
-- sender and date wherever it is named (issue 11; docs/adr/0006-search.md, "Numbers, sponsors and letter titles").

-- "3 maart 2021", as DutchDates.format writes it.
create function dutch_date(value date) returns text
    language sql immutable parallel safe
    return extract(day from value)::int || ' '
        || (array['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
                  'oktober', 'november', 'december'])[extract(month from value)::int]
        || ' ' || lpad(extract(year from value)::int::text, 4, '0');

-- A letter's title: its subject, else "Brief van <sender> van <date>". The sender's leading article and office
-- words are lower-cased ("De Staatssecretaris van …" → "de staatssecretaris van …"); names stay as written.
-- LetterSummary.title says the same words (LetterTitleTest compares them).
create function letter_title(subject text, sender text, sent_on date) returns text
    language sql immutable parallel safe
    return coalesce(subject, (
        select 'Brief' || coalesce(' van ' || lower(office) || substr(who, length(office) + 1), '')
               || case when sent_on is not null then ' van ' || dutch_date(sent_on)
                       when who is null then ' zonder datum' else '' end
        from (select nullif(regexp_replace(sender, '^\s+|\s+$', '', 'g'), '') as who) s
        cross join substring(s.who from '(?i)^(?:(?:de|het|en|college|minister-president|minister|staatssecretaris'
                                         || '|burgemeester|wethouders?|dijkgraaf|commissaris|voorzitter|secretaris'
                                         || '|griffier|dagelijks|algemeen|bestuur|kabinet)(?:\s+|$))*') office));

-- An item's number as a search key: lower-case letters and digits only, without "nr."/"nummer", so that
-- "RIS307041", "ris 307041", "M-168", "M 168", "166/2018", "166-2018" and "33 959, nr. 5" / "33959-5" meet.
create function search_number_key(value text) returns text
    language sql immutable parallel safe
    return nullif(regexp_replace(regexp_replace(lower(value), '\m(nr|nummer|no)\M\.?', '', 'g'), '[^a-z0-9]+', '',
                                 'g'), '');

-- The number keys a query may contain: every run of one to four of its words that holds a digit ("M 168",
-- "33 959, nr. 5" are several words), so a number is found alone or among other words.
create function search_number_keys(query text) returns text[]
    language sql immutable parallel safe
    return array(
        select distinct key
        from (select search_number_key(string_agg(w.word, ' ' order by w.n)) as key
              from regexp_split_to_table(query, '\s+') with ordinality s (word, n)
              cross join generate_series(0, 3) extra
              join regexp_split_to_table(query, '\s+') with ordinality w (word, n) on w.n between s.n and s.n + extra
              group by s.n, extra) windows
        where key ~ '[0-9]'
        order by key);

alter table search_documents add column numbers text[] not null default '{}';
create index search_documents_numbers on search_documents using gin (numbers) where published;

-- One definition of every item's search document, for the triggers (search_refresh_*) and the generator's rebuild
-- alike, in the column order of search_documents. Sponsors (and the member a commitment was made to) are in the
-- text with their party, at the lowest weight: a name or party finds the item, and a name that is also a word
-- ("De Boer", "Partij van de Arbeid") ranks below the items whose text has that word.
create view search_rows as
select 'MOTION' as item_type, m.id as item_id, m.body_id, m.published, m.url_key,
       coalesce(m.title, 'Motie ' || m.registration_number) as title, m.status, m.adopted_on as item_date,
       search_clean(concat_ws(E'\n', m.title, c.text, m.summary,
                              case when s.count = 1 then 'Indiener: ' else 'Indieners: ' end || s.names)) as content,
       setweight(to_tsvector('dutch', search_clean(m.title)), 'A')
           || setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(m.summary)), 'C')
           || setweight(to_tsvector('dutch', search_clean(s.words)), 'D') as document,
       array_remove(array[search_number_key(m.registration_number)], null) as numbers
from motions m
left join lateral (select string_agg(text, E'\n' order by position) as text
                   from clauses where motion_id = m.id) c on true
left join lateral (select count(*) as count,
                          string_agg(mb.name || coalesce(' (' || coalesce(p.abbreviation, p.name) || ')', ''), ', '
                                     order by ms.position) as names,
                          string_agg(concat_ws(' ', mb.name, p.abbreviation, p.name), ' ') as words
                   from motion_sponsors ms
                   join members mb on mb.id = ms.member_id
                   left join parties p on p.id = mb.party_id
                   where ms.motion_id = m.id) s on true
union all
select 'COMMITMENT', c.id, c.body_id, c.published, c.url_key, 'Toezegging ' || c.number, c.status, c.made_on,
       search_clean(concat_ws(E'\n', c.text, 'Op verzoek van: ' || mb.name
                                                || coalesce(' (' || coalesce(p.abbreviation, p.name) || ')', ''))),
       setweight(to_tsvector('dutch', search_clean(c.text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(concat_ws(' ', mb.name, p.abbreviation, p.name))), 'D'),
       array_remove(array[search_number_key(c.number)], null)
from commitments c
left join members mb on mb.id = c.requested_by_member_id
left join parties p on p.id = mb.party_id
union all
select 'LETTER', l.id, l.body_id, l.published, l.id::text, t.title, null, l.sent_on,
       search_clean(concat_ws(E'\n', t.title, l.full_text)),
       setweight(to_tsvector('dutch', search_clean(t.title)), 'A')
           || setweight(to_tsvector('dutch', search_clean(l.full_text)), 'B')
           || setweight(to_tsvector('dutch', search_clean(l.sender)), 'D'),
       array_remove(array[search_number_key(l.registration_number), search_number_key(l.reference)], null)
from letters l
cross join letter_title(l.subject, l.sender, l.sent_on) t (title);

create or replace function search_refresh_motion(motion bigint) returns void
    language sql as
$$
delete from search_documents where item_type = 'MOTION' and item_id = motion;
insert into search_documents select * from search_rows where item_type = 'MOTION' and item_id = motion;
$$;

create or replace function search_refresh_commitment(commitment bigint) returns void
    language sql as
$$
delete from search_documents where item_type = 'COMMITMENT' and item_id = commitment;
insert into search_documents select * from search_rows where item_type = 'COMMITMENT' and item_id = commitment;
$$;

create or replace function search_refresh_letter(letter bigint) returns void
    language sql as
$$
delete from search_documents where item_type = 'LETTER' and item_id = letter;
insert into search_documents select * from search_rows where item_type = 'LETTER' and item_id = letter;
$$;

-- A motion's sponsors are part of its document, as its clauses are: the same trigger function serves both.
alter function search_clauses_changed() rename to search_motion_part_changed;
create trigger search_motion_sponsors after insert or update or delete on motion_sponsors
    for each row execute function search_motion_part_changed();

-- A member renamed or moved to another party, or a party renamed, changes the documents of the motions they
-- sponsored and of the commitments made at their request.
create index motion_sponsors_by_member on motion_sponsors (member_id);
create index commitments_by_requesting_member on commitments (requested_by_member_id)
    where requested_by_member_id is not null;

create function search_members_changed() returns trigger
    language plpgsql as
$$
declare
    changed bigint[] := case tg_table_name when 'members' then array[new.id]
                            else array(select id from members where party_id = new.id) end;
begin
    perform search_refresh_motion(motion_id)
    from (select distinct motion_id from motion_sponsors where member_id = any (changed)) sponsored;
    perform search_refresh_commitment(id) from commitments where requested_by_member_id = any (changed);
    return null;
end;
$$;
create trigger search_members after update of name, party_id on members
    for each row when (old.name is distinct from new.name or old.party_id is distinct from new.party_id)
    execute function search_members_changed();
create trigger search_parties after update of name, abbreviation on parties
    for each row when (old.name is distinct from new.name or old.abbreviation is distinct from new.abbreviation)
    execute function search_members_changed();

-- The documents that exist, rewritten in place: an update, so the motions are not queued for "Elders aangenomen"
-- again (V7 queues on insert), and their text for that has not changed.
update search_documents d
set title = r.title, content = r.content, document = r.document, numbers = r.numbers
from search_rows r
where r.item_type = d.item_type and r.item_id = d.item_id;
