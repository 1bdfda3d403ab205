package nl.motiemonitor.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on a real PostgreSQL database of its own, with the demo data loaded.
 * All tests with this annotation share one Spring context (and so one database): tests that write roll back.
 * {@link Fixtures} builds their data through the modules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestDatabaseConfiguration.class, Fixtures.class})
public @interface MotiemonitorTest {
}
