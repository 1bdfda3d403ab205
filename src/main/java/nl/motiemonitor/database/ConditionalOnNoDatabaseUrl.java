package nl.motiemonitor.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Matches when {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is not set: the property is missing,
 * and no real URL equals the sentinel value.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__no_url_given__")
@interface ConditionalOnNoDatabaseUrl {
}
