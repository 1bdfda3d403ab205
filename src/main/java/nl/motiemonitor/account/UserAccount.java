package nl.motiemonitor.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who may log in to the staff area, with at most one role per body. */
@Entity
@Table(name = "users")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    private boolean enabled;

    private boolean admin;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant passwordChangedAt;

    /**
     * Set when an administrator reset the password, or the first administrator's was generated: the user must choose
     * their own before anything else.
     */
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_body_roles", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "body_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Map<Long, BodyRole> roles = new HashMap<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, boolean admin, Instant now) {
        this.username = normalise(username);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Usernames are compared without regard to case and surrounding spaces. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** A temporary password set by an administrator, which the user must replace at their next login. */
    void resetPassword(String temporaryHash, Instant now) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
    }

    /** The user must choose their own password before anything else, e.g. a first administrator's generated one. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void assignRoles(Map<Long, BodyRole> newRoles, boolean newAdmin) {
        roles.clear();
        roles.putAll(newRoles);
        this.admin = newAdmin;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean admin() {
        return admin;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Map<Long, BodyRole> roles() {
        return Map.copyOf(roles);
    }
}
