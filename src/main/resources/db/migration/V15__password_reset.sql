-- An administrator can set a temporary password for another user (README, "Accounts"). That user must then choose
-- their own at their next login, before anything else in the staff area; changing it clears the flag.
alter table users add column must_change_password boolean not null default false;
