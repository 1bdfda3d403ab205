package nl.motiemonitor.account;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator creates a user: name, initial password, administrator or not, and a role per body. */
class NewUserForm {

    @NotBlank(message = "{account.user.username.required}")
    @Size(max = 60, message = "{account.user.username.tooLong}")
    @Pattern(regexp = "^\\s*$|^\\s*[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\\s*$",
            message = "{account.user.username.pattern}")
    private String username;

    @NotBlank(message = "{account.user.displayName.required}")
    @Size(max = 200, message = "{account.user.displayName.tooLong}")
    private String displayName;

    @Size(min = 12, max = 128, message = "{account.user.password.length}")
    @jakarta.validation.constraints.NotNull(message = "{account.user.password.length}")
    private String password;

    private boolean admin;

    /** Per body id: empty (no role), MEMBER or CLERK. */
    private Map<Long, BodyRole> roles = new HashMap<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public Map<Long, BodyRole> getRoles() {
        return roles;
    }

    public void setRoles(Map<Long, BodyRole> roles) {
        this.roles = roles;
    }
}
