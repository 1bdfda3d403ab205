-- /api (the open-data API) and /open-data (its documentation) are the portal's own paths (issue 16), so no body may
-- have those slugs (Bodies.RESERVED_SLUGS).
alter table bodies drop constraint bodies_slug_not_reserved;
alter table bodies add constraint bodies_slug_not_reserved
    check (slug not in ('zoeken', 'beheer', 'login', 'logout', 'error', 'actuator', 'vendor', 'css', 'overzicht',
                        'volgen', 'afmelden', 'abonnementen', 'feed', 'toegankelijkheid', 'api', 'open-data'));
