package nl.motiemonitor.follow;

import java.time.Instant;

/** A follower's subscription as listed on their page. */
public record Subscription(long id, String email, Target target, String title, String path, Frequency frequency,
        Instant createdAt) {
}
