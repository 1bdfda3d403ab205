package nl.motiemonitor.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A user changes their own password. Passwords are never sent back to the browser. */
class PasswordChangeForm {

    @NotEmpty(message = "{account.password.current.required}")
    private String currentPassword;

    @NotEmpty(message = "{account.password.new.required}")
    @Size(min = 12, max = 128, message = "{account.password.new.length}")
    private String newPassword;

    @NotEmpty(message = "{account.password.confirmation.required}")
    private String confirmation;

    void clearPasswords() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
