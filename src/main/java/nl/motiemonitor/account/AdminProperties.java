package nl.motiemonitor.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created when the users table is empty: {@code motiemonitor.admin.username}
 * ({@code MOTIEMONITOR_ADMIN_USERNAME}, default {@code admin}) and {@code motiemonitor.admin.password}
 * ({@code MOTIEMONITOR_ADMIN_PASSWORD}; when unset, a generated password is logged once).
 */
@ConfigurationProperties("motiemonitor.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
        password = password == null || password.isEmpty() ? null : password;
    }
}
