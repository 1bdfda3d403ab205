package nl.motiemonitor.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated user: what Spring Security keeps in the session. Roles are read at login; changing a user's
 * roles or disabling them ends their sessions, so a stale principal never outlives a change.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, StaffUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ROLE_STAFF = "ROLE_STAFF";
    static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final Long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean admin;
    private final Map<Long, BodyRole> roles;

    AccountPrincipal(Long id, String username, String displayName, String passwordHash, boolean enabled,
            boolean admin, Map<Long, BodyRole> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.admin = admin;
        this.roles = Map.copyOf(roles);
    }

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.id(), account.username(), account.displayName(), account.passwordHash(),
                account.enabled(), account.admin(), account.roles());
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean isAdmin() {
        return admin;
    }

    @Override
    public boolean canEdit(Long bodyId) {
        return admin || (bodyId != null && roles.get(bodyId) == BodyRole.CLERK);
    }

    @Override
    public boolean canReadDrafts(Long bodyId) {
        return admin || (bodyId != null && roles.containsKey(bodyId));
    }

    @Override
    public Set<Long> readableBodyIds() {
        return admin ? Set.of() : Set.copyOf(roles.keySet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (enabled) {
            authorities.add(new SimpleGrantedAuthority(ROLE_STAFF));
            if (admin) {
                authorities.add(new SimpleGrantedAuthority(ROLE_ADMIN));
            }
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by username, so the session registry finds all sessions of one user. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
