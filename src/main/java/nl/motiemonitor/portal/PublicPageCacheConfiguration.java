package nl.motiemonitor.portal;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.motiemonitor.web.Languages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public page cache, its filter (right after Spring Security's), its listener and its metrics; off with
 * motiemonitor.page-cache.enabled=false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "motiemonitor.page-cache.enabled", matchIfMissing = true)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(PublicPageCacheProperties properties, Clock clock) {
        return new PublicPageCache(properties, clock);
    }

    @Bean
    FilterRegistrationBean<PublicPageCacheFilter> publicPageCacheFilter(PublicPageCache cache, Languages languages) {
        FilterRegistrationBean<PublicPageCacheFilter> registration =
                new FilterRegistrationBean<>(new PublicPageCacheFilter(cache, languages));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** How the cache does, for whoever reads the app's metrics (e.g. a hit ratio of hits / (hits + renders)). */
    @Bean
    MeterBinder publicPageCacheMetrics(PublicPageCache cache) {
        return registry -> {
            FunctionCounter.builder("motiemonitor.page.cache.hits", cache, c -> c.counts().hits())
                    .description("Public pages served from memory").register(registry);
            FunctionCounter.builder("motiemonitor.page.cache.renders", cache, c -> c.counts().renders())
                    .description("Public pages rendered for anonymous visitors, to keep").register(registry);
            FunctionCounter.builder("motiemonitor.page.cache.waits", cache, c -> c.counts().waits())
                    .description("Requests answered with the page another request was rendering").register(registry);
            Gauge.builder("motiemonitor.page.cache.pages", cache, PublicPageCache::size)
                    .description("Public pages kept").register(registry);
        };
    }

    @Bean
    PublicPageInvalidation publicPageInvalidation(DataSource dataSource, PublicPageCache cache,
            ApplicationEventPublisher events) {
        return new PublicPageInvalidation(dataSource, cache, events);
    }
}
