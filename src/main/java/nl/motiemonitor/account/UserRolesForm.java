package nl.motiemonitor.account;

import java.util.HashMap;
import java.util.Map;

/** An administrator changes a user's roles: administrator or not, and a role per body. */
class UserRolesForm {

    private boolean admin;

    /** Per body id: empty (no role), MEMBER or CLERK. */
    private Map<Long, BodyRole> roles = new HashMap<>();

    static UserRolesForm of(Accounts.UserSummary user) {
        UserRolesForm form = new UserRolesForm();
        form.admin = user.admin();
        form.roles = new HashMap<>(user.roles());
        return form;
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
