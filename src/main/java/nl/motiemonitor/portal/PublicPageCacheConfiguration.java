package nl.motiemonitor.portal;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public page cache, its filter (right after Spring Security's) and its listener; off with enabled=false. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "motiemonitor.page-cache.enabled", matchIfMissing = true)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(PublicPageCacheProperties properties, Clock clock) {
        return new PublicPageCache(properties, clock);
    }

    @Bean
    FilterRegistrationBean<PublicPageCacheFilter> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCacheFilter> registration =
                new FilterRegistrationBean<>(new PublicPageCacheFilter(cache));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    PublicPageInvalidation publicPageInvalidation(DataSource dataSource, PublicPageCache cache) {
        return new PublicPageInvalidation(dataSource, cache);
    }
}
