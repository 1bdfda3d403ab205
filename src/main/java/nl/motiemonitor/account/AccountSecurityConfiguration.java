package nl.motiemonitor.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * What the security filter chain ({@code web.SecurityConfiguration}) needs from accounts: the authentication
 * provider with throttling, the failure handler of the login form, and the session registry that lets disabling a
 * user end their sessions at once, on every instance.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    static final String PASSWORD_ENCODING = "pbkdf2@SpringSecurity_v5_8";

    /**
     * A {@link DelegatingPasswordEncoder}, so every hash names its algorithm and can be upgraded later. New hashes use
     * PBKDF2-HMAC-SHA256 (310,000 iterations), not bcrypt: bcrypt refuses passwords over 72 bytes, and passwords
     * may be 128 characters long. Existing {@code {bcrypt}} hashes (and every other id of
     * {@link PasswordEncoderFactories}) still verify. See ADR 5.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder factoryDefaults =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(PASSWORD_ENCODING, Map.of(
                PASSWORD_ENCODING, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(factoryDefaults);
        return encoder;
    }

    @Bean
    AuthenticationProvider staffAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle);
    }

    @Bean
    AuthenticationFailureHandler loginFailureHandler() {
        return new LoginFailureHandler();
    }

    /**
     * The sessions are Spring Session's, in PostgreSQL (V41), and found by the user's name (its principal-name
     * index): ending them marks them expired in the database, so the user's next request is sent to the login page
     * whichever instance answers it (ADR 5, amendment 2026-12). Only in a web application: the {@code harvest}
     * command has no sessions.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }
}
