package nl.motiemonitor.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * For tests that assert the exact demo data (counts, "newest first", empty filters): they get a Spring context and
 * database of their own, which tests that write never touch. Such tests must not write either.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(properties = "motiemonitor.test.context=seed-data-only")
public @interface SeedDataOnly {
}
