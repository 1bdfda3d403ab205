package nl.motiemonitor.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a page: {@code ?lang=en} (or {@code nl}) switches and is remembered a year in the cookie
 * {@code lang}; without either a page is Dutch. Only the supported languages are ever set or resolved.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(Languages.PARAMETER);
        change.setIgnoreInvalidLocale(true);
        // a feed's language is its ?lang= alone (follow/FeedController): it never sets the cookie, so a proxy that
        // keeps the feed for a minute keeps no one's cookie either
        registry.addInterceptor(change).excludePathPatterns("/feed", "/*/feed", "/*/*/feed", "/*/*/*/feed");
    }

    private static final class SupportedLanguageResolver extends CookieLocaleResolver {

        SupportedLanguageResolver() {
            super(Languages.PARAMETER);
            setDefaultLocale(Languages.DUTCH);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            // resolved when asked, not now: the DispatcherServlet takes this context before the interceptor reads
            // ?lang=, and what Java says in the request's language (LocaleContextHolder) must follow that change
            return () -> Languages.supported(super.resolveLocaleContext(request).getLocale());
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                LocaleContext localeContext) {
            Locale locale = localeContext == null ? null : localeContext.getLocale();
            super.setLocaleContext(request, response,
                    locale == null ? null : new SimpleLocaleContext(Languages.supported(locale)));
        }
    }
}
