package nl.motiemonitor.follow;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Following by e-mail (motiemonitor.follow.*): the portal's public address for links in mail, the sender, the key
 * that signs unsubscribe links (generated and kept in the database when not set), whether the background jobs run,
 * and per body the addresses that get the weekly reminder digest (e.g. the griffie's mailbox and the executive's
 * contact persons).
 */
@ConfigurationProperties("motiemonitor.follow")
record FollowProperties(String baseUrl, String from, String secret, Boolean background,
        Map<String, List<String>> reminders) {

    public FollowProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "Motiemonitor <noreply@motiemonitor.nl>" : from;
        background = background == null || background;
        reminders = reminders == null ? Map.of() : reminders;
    }
}
