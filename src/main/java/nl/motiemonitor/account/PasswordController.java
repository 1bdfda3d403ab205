package nl.motiemonitor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    PasswordController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
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
            result.rejectValue("confirmation", "account.password.confirmation.mismatch");
        }
        if (!result.hasFieldErrors("currentPassword") && !result.hasFieldErrors("newPassword")
                && form.getNewPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("newPassword", "account.password.new.same");
        }
        if (!result.hasErrors()) {
            try {
                if (!accounts.changePassword(user.username(), form.getCurrentPassword(), form.getNewPassword(),
                        request.getRemoteAddr(), request.getSession().getId())) {
                    result.rejectValue("currentPassword", "account.password.current.wrong");
                }
            } catch (PasswordPolicy.WeakPasswordException e) {
                result.rejectValue("newPassword", "account.password.new.weak",
                        new Object[] {e.reason(messages, LocaleContextHolder.getLocale())}, null);
            } catch (LoginThrottledException e) {
                result.rejectValue("currentPassword", "account.password.current.throttled",
                        new Object[] {e.minutes()}, null);
            }
        }
        if (result.hasErrors()) {
            form.clearPasswords();
            return "account/password";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("account.password.changed", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/beheer/wachtwoord";
    }
}
