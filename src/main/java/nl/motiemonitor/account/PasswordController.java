package nl.motiemonitor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /beheer/wachtwoord}: every logged-in user changes their own password. */
@Controller
@RequestMapping("/beheer/wachtwoord")
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @InitBinder("form")
    void bindOnly(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmation");
    }

    /** Whether an administrator reset the password, so the user must change it before anything else. */
    @ModelAttribute("mustChange")
    boolean mustChange() {
        return CurrentUser.get().map(user -> accounts.mustChangePassword(user.username())).orElse(false);
    }

    /** Whether the password to replace is the first administrator's, generated at the first start (AdminBootstrap). */
    @ModelAttribute("firstPassword")
    boolean firstPassword() {
        return CurrentUser.get().flatMap(user -> accounts.findByUsername(user.username()))
                .map(user -> user.mustChangePassword() && user.passwordChangedAt().equals(user.createdAt()))
                .orElse(false);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return "account/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            RedirectAttributes redirect, HttpServletRequest request) {
        StaffUser user = CurrentUser.get().orElseThrow();
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
                && !form.getNewPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "mismatch", "De herhaling is niet gelijk aan het nieuwe wachtwoord.");
        }
        if (!result.hasFieldErrors("currentPassword") && !result.hasFieldErrors("newPassword")
                && form.getNewPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("newPassword", "same", "Kies een ander wachtwoord dan het huidige.");
        }
        if (!result.hasErrors()) {
            try {
                if (!accounts.changePassword(user.username(), form.getCurrentPassword(), form.getNewPassword(),
                        request.getRemoteAddr(), request.getSession().getId())) {
                    result.rejectValue("currentPassword", "wrong", "Het huidige wachtwoord klopt niet.");
                }
            } catch (PasswordPolicy.WeakPasswordException e) {
                result.rejectValue("newPassword", "weak", "Nieuw wachtwoord: " + e.getMessage());
            } catch (LoginThrottledException e) {
                result.rejectValue("currentPassword", "throttled", "Huidig wachtwoord: te veel mislukte pogingen;"
                        + " probeer het over " + e.minutes() + (e.minutes() == 1 ? " minuut" : " minuten")
                        + " opnieuw.");
            }
        }
        if (result.hasErrors()) {
            form.clearPasswords();
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "Uw wachtwoord is gewijzigd. Op andere apparaten bent u afgemeld.");
        return "redirect:/beheer/wachtwoord";
    }
}
