package nl.motiemonitor.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may request what. The public portal is read-only for everyone. The staff area ({@code /beheer}) needs a login
 * (form login at {@code /login}, logout by POST); users and bodies are managed by administrators only. Every
 * state-changing request carries a CSRF token. Pages run under a strict Content Security Policy: no inline script or
 * style anywhere.
 *
 * <p>The accounts module supplies the pieces as beans of Spring Security's own types: the authentication provider
 * (users table, with login throttling), the login failure handler and the session registry (so disabling a user ends
 * their sessions at once, on every instance: the sessions are Spring Session's, in PostgreSQL).
 *
 * <p>Only in a web application: a command that starts the portal's modules without a web server (harvest) has no
 * requests to secure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String[] ADMIN_ONLY = {"/beheer/gebruikers", "/beheer/gebruikers/**", "/beheer/bestuursorganen",
            "/beheer/bestuursorganen/**"};

    @Bean
    ManagementPort managementPort() {
        return new ManagementPort();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider staffAuthenticationProvider,
            AuthenticationFailureHandler loginFailureHandler, SessionRegistry sessionRegistry,
            ManagementPort managementPort) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        // the actuator's own port (metrics, probes) is reachable only from the internal network
                        .requestMatchers(managementPort).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez",
                                "/readyz").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                        .requestMatchers("/beheer", "/beheer/**").hasRole("STAFF")
                        .requestMatchers("/volgen", "/abonnementen", "/abonnementen/**").authenticated()
                        // the signed token in the link is the authority; mail clients post it without a session
                        .requestMatchers(HttpMethod.POST, "/afmelden").permitAll()
                        // likewise the link that confirms a follower's address (with a CSRF token: a form's POST)
                        .requestMatchers(HttpMethod.POST, "/volgen/bevestigen").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                // one provider, no parent: every attempt passes the throttle exactly once
                .authenticationManager(new ProviderManager(staffAuthenticationProvider))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/beheer")
                        .failureHandler(loginFailureHandler)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/?afgemeld")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .sessionManagement(sessions -> sessions
                        // a new session at login, so its creation time is the login's: the absolute lifetime of a
                        // session counts from there (account.SessionLifetime)
                        .sessionFixation(fixation -> fixation.migrateSession())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?verlopen"))
                .cors(cors -> cors.configurationSource(openDataCors()))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/afmelden"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .rememberMe(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * Any web page may read the open-data API with a GET from its own origin (and ask first with OPTIONS); no
     * credentials travel. Nothing else of the portal is open to other origins.
     */
    static CorsConfigurationSource openDataCors() {
        CorsConfiguration api = new CorsConfiguration();
        api.addAllowedOrigin("*");
        api.setAllowedMethods(List.of("GET", "HEAD"));
        api.addAllowedHeader("*");
        api.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.RETRY_AFTER));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(PublicPaths.API + "/**", api);
        return source;
    }
}
