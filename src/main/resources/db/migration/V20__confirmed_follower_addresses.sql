-- Following by e-mail sends mail only to an address its owner confirmed (issue 12.9; README "Accounts", ADR 0005).
-- Users have no e-mail address of their own, so every address a subscription names is confirmed once per user: one
-- mail with a signed link (MailOutbox), and no other mail to it before the link is used.
create table follower_addresses (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references users (id) on delete cascade,
    email        varchar(254) not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    created_at   timestamptz  not null default now(),
    -- when the confirmation mail was queued; null: not yet (one a day at most)
    requested_at timestamptz,
    confirmed_at timestamptz
);
create unique index follower_addresses_per_user on follower_addresses (user_id, lower(email));

-- The addresses followed so far were never confirmed: each gets its confirmation mail, and nothing else until then.
insert into follower_addresses (user_id, email)
select distinct on (user_id, lower(email)) user_id, email
from subscriptions where user_id is not null
order by user_id, lower(email), id;

-- What a queued message is: the news of a subscription (sent only while that subscription's address is confirmed),
-- the request to confirm an address, or a reminder to an address the operator configured.
alter table mail_queue add column kind varchar(12) not null default 'SUBSCRIPTION'
    check (kind in ('SUBSCRIPTION', 'CONFIRMATION', 'REMINDER'));
update mail_queue set kind = 'REMINDER' where subscription_id is null and unsubscribe_url is null;
alter table mail_queue alter column kind drop default;

-- Following the same thing twice is one subscription, also when two requests arrive at once (Subscriptions).
delete from subscriptions a using subscriptions b
where a.id > b.id and a.user_id is not distinct from b.user_id and a.target = b.target
  and a.body_id is not distinct from b.body_id and a.item_id is not distinct from b.item_id
  and a.party is not distinct from b.party and a.search is not distinct from b.search;
alter table subscriptions add constraint subscriptions_once_per_user
    unique nulls not distinct (user_id, target, body_id, item_id, party, search);
