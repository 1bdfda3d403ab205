package nl.motiemonitor.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code /.well-known/security.txt} (RFC 9116): {@code motiemonitor.security-txt.contact} (one or more URIs, such as
 * {@code mailto:security@example.org}), {@code .expires} (an ISO date-time) and {@code .preferred-languages}.
 * Without a contact the file does not exist.
 */
@ConfigurationProperties("motiemonitor.security-txt")
record SecurityTxtProperties(List<String> contact, OffsetDateTime expires,
        @DefaultValue("nl, en") String preferredLanguages) {
}
