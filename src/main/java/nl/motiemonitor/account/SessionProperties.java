package nl.motiemonitor.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session may last at most, however active ({@code motiemonitor.session.absolute-timeout}, 12 hours):
 * besides the idle timeout ({@code server.servlet.session.timeout}), see {@link SessionLifetime}.
 */
@ConfigurationProperties("motiemonitor.session")
record SessionProperties(@DefaultValue("12h") Duration absoluteTimeout) {

    SessionProperties {
        if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("motiemonitor.session.absolute-timeout must be positive");
        }
    }
}
