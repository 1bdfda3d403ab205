package nl.motiemonitor.account;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator creates a user: name, initial password, administrator or not, and a role per body. */
class NewUserForm {

    @NotBlank(message = "Vul een gebruikersnaam in.")
    @Size(max = 60, message = "Een gebruikersnaam is hoogstens 60 tekens lang.")
    @Pattern(regexp = "^\\s*$|^\\s*[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\\s*$",
            message = "Gebruik alleen letters, cijfers, punten en streepjes, en begin en eindig met een letter of cijfer.")
    private String username;

    @NotBlank(message = "Vul de naam in zoals die in het portaal moet verschijnen.")
    @Size(max = 200, message = "Een naam is hoogstens 200 tekens lang.")
    private String displayName;

    @Size(min = 12, max = 128, message = "Kies een eerste wachtwoord van 12 tot 128 tekens.")
    @jakarta.validation.constraints.NotNull(message = "Kies een eerste wachtwoord van 12 tot 128 tekens.")
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
