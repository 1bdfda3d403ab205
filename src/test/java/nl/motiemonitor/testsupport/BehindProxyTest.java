package nl.motiemonitor.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The application as deployed behind a reverse proxy on the same host (as by default, a loopback peer's
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count), with the rate limit on (3 requests at once, then 6 a
 * minute) and sessions that last at most {@value #ABSOLUTE_TIMEOUT_SECONDS} seconds. All tests with this
 * annotation share one Spring context of their own (and one database), apart from {@link MotiemonitorTest}'s.
 * Each test should send its own {@code X-Forwarded-For} address, so the tests' rate limits are independent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MotiemonitorTest
@TestPropertySource(properties = {"motiemonitor.rate-limit.enabled=true", "motiemonitor.rate-limit.burst=3",
        "motiemonitor.rate-limit.requests-per-minute=6",
        "motiemonitor.session.absolute-timeout=" + BehindProxyTest.ABSOLUTE_TIMEOUT_SECONDS + "s"})
public @interface BehindProxyTest {

    int ABSOLUTE_TIMEOUT_SECONDS = 6;
}
