package nl.motiemonitor.follow;

import java.time.Instant;

/** A follower's subscription as listed on their page; {@code confirmed}: its address is, so it gets mail. */
record Subscription(long id, String email, Target target, String title, String path, Frequency frequency,
        Instant createdAt, boolean confirmed) {
}
