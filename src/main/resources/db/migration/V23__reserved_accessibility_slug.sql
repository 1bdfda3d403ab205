-- /toegankelijkheid is the accessibility statement (issue 13), so no body may have that slug (Bodies.RESERVED_SLUGS).
alter table bodies drop constraint bodies_slug_not_reserved;
alter table bodies add constraint bodies_slug_not_reserved
    check (slug not in ('zoeken', 'beheer', 'login', 'logout', 'error', 'actuator', 'vendor', 'css', 'overzicht',
                        'volgen', 'afmelden', 'abonnementen', 'feed', 'toegankelijkheid'));
