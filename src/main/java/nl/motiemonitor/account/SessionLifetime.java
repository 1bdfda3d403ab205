package nl.motiemonitor.account;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that is older than {@code motiemonitor.session.absolute-timeout} (12 hours), however active it was,
 * checked on every request before Spring Security reads it. A session begins at login (the session is replaced then,
 * see web.SecurityConfiguration), so its creation time is the time of login. A logged-in user's next request goes to
 * {@code /login?verlopen}, as when their session was ended otherwise; an anonymous visitor's old session is dropped
 * without a word.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetime {

    @Bean
    FilterRegistrationBean<AbsoluteTimeoutFilter> sessionLifetimeFilter(SessionProperties properties) {
        FilterRegistrationBean<AbsoluteTimeoutFilter> registration =
                new FilterRegistrationBean<>(new AbsoluteTimeoutFilter(properties, Clock.systemUTC()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    static class AbsoluteTimeoutFilter extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(AbsoluteTimeoutFilter.class);

        private final SessionProperties properties;
        private final Clock clock;

        AbsoluteTimeoutFilter(SessionProperties properties, Clock clock) {
            this.properties = properties;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && expired(session)) {
                boolean loggedIn = session.getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
                session.invalidate();
                if (loggedIn) {
                    log.info("Session ended after its absolute lifetime of {}", properties.absoluteTimeout());
                    response.sendRedirect(request.getContextPath() + "/login?verlopen");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private boolean expired(HttpSession session) {
            try {
                return clock.millis() - session.getCreationTime() > properties.absoluteTimeout().toMillis();
            } catch (IllegalStateException invalidated) {
                return false;
            }
        }
    }
}
