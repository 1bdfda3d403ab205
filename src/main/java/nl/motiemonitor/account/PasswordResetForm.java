package nl.motiemonitor.account;

import java.security.SecureRandom;

import jakarta.validation.constraints.Size;

/**
 * An administrator sets a temporary password for another user: typed twice, or made by the portal ({@link #generate})
 * and shown once. Passwords are never sent back to the browser in the form.
 */
class PasswordResetForm {

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private boolean generate;

    @Size(min = 12, max = 128, message = "{account.reset.password.length}")
    private String newPassword;

    private String confirmation;

    /** Five groups of four, e.g. {@code k7qm-x3vt-9hpa-rw2e-5ncd}: about 99 bits, and easy to pass on. */
    static String generated() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    void clearPasswords() {
        newPassword = null;
        confirmation = null;
    }

    public boolean isGenerate() {
        return generate;
    }

    public void setGenerate(boolean generate) {
        this.generate = generate;
    }

    public String getNewPassword() {
        return newPassword;
    }

    /** Empty is not given: the form then asks for one, not for a longer one. */
    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null || newPassword.isEmpty() ? null : newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
