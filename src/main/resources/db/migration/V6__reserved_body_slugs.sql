-- A body's slug is the first part of its public URLs (/den-haag); it may not take a path the portal uses itself.
alter table bodies add constraint bodies_slug_not_reserved
    check (slug not in ('zoeken', 'beheer', 'login', 'logout', 'error', 'actuator', 'vendor', 'css'));
