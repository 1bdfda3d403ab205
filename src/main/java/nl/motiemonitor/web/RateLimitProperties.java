package nl.motiemonitor.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limit of anonymous expensive requests per client address ({@code motiemonitor.rate-limit.*}, see
 * {@link RateLimitFilter}): whether it is on, how many requests a minute an address may make on average, how many
 * at once after a quiet spell ({@code burst}), and of how many addresses at most the counts are kept in memory.
 */
@ConfigurationProperties("motiemonitor.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") int requestsPerMinute,
        @DefaultValue("30") int burst, @DefaultValue("100000") int maxClients) {

    RateLimitProperties {
        if (requestsPerMinute < 1 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("motiemonitor.rate-limit.requests-per-minute, .burst and .max-clients"
                    + " must be at least 1");
        }
    }
}
