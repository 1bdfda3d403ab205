package nl.motiemonitor.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limit of anonymous expensive requests ({@link RateLimitFilter}), after Spring Security's filters (it needs
 * to know who is logged in) and after the public page cache's; off with motiemonitor.rate-limit.enabled=false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "motiemonitor.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
