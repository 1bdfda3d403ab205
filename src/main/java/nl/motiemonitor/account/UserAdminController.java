package nl.motiemonitor.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /beheer/gebruikers}: administrators list, create, change and block users, and reset another user's password.
 * Only for ROLE_ADMIN.
 */
@Controller
@RequestMapping("/beheer/gebruikers")
class UserAdminController {

    private final Accounts accounts;
    private final Bodies bodies;
    private final MessageSource messages;

    UserAdminController(Accounts accounts, Bodies bodies, MessageSource messages) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.messages = messages;
    }

    @InitBinder("form")
    void bindNewUser(WebDataBinder binder) {
        binder.setAllowedFields("username", "displayName", "password", "admin", "roles[*]");
    }

    @InitBinder("rolesForm")
    void bindRoles(WebDataBinder binder) {
        binder.setAllowedFields("admin", "roles[*]");
    }

    @InitBinder("resetForm")
    void bindReset(WebDataBinder binder) {
        binder.setAllowedFields("generate", "newPassword", "confirmation");
    }

    @ModelAttribute("bodyRoles")
    BodyRole[] bodyRoles() {
        return BodyRole.values();
    }

    @GetMapping
    String list(Model model) {
        List<BodyView> all = bodies.all();
        model.addAttribute("users", accounts.all());
        model.addAttribute("bodyNames", all.stream().collect(Collectors.toMap(BodyView::id, BodyView::name)));
        return "account/users";
    }

    @GetMapping("/nieuw")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        model.addAttribute("bodies", bodies.all());
        return "account/user-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<BodyView> all = bodies.all();
        Map<Long, BodyRole> roles = knownRoles(form.getRoles(), all, result);
        if (!result.hasFieldErrors("username") && accounts.findByUsername(form.getUsername()).isPresent()) {
            result.rejectValue("username", "account.user.username.taken");
        }
        if (!result.hasErrors()) {
            try {
                Accounts.UserSummary created = accounts.create(new Accounts.NewUser(form.getUsername(),
                        form.getDisplayName(), form.getPassword(), form.isAdmin(), roles));
                redirect.addFlashAttribute("notice", text("account.user.created", created.username()));
                return "redirect:/beheer/gebruikers";
            } catch (Accounts.DuplicateUsernameException e) {
                result.rejectValue("username", "account.user.username.taken");
            } catch (PasswordPolicy.WeakPasswordException e) {
                result.rejectValue("password", "account.user.password.weak", new Object[] {weakness(e)}, null);
            }
        }
        form.setPassword(null);
        model.addAttribute("bodies", all);
        return "account/user-new";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        Accounts.UserSummary user = user(id);
        model.addAttribute("rolesForm", UserRolesForm.of(user));
        return editPage(user, model);
    }

    /** A temporary password, typed or made here and shown once; the user must replace it at their next login. */
    @PostMapping("/{id}/wachtwoord")
    String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Accounts.UserSummary user = user(id);
        String password = form.isGenerate() ? PasswordResetForm.generated() : form.getNewPassword();
        if (!form.isGenerate()) {
            if (password == null) {
                result.rejectValue("newPassword", "account.reset.password.required");
            } else if (!result.hasFieldErrors("newPassword") && !password.equals(form.getConfirmation())) {
                result.rejectValue("confirmation", "account.reset.confirmation.mismatch");
            }
        }
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(id, password, acting());
                redirect.addFlashAttribute("notice", text("account.reset.done", user.username()));
                if (form.isGenerate()) {
                    redirect.addFlashAttribute("temporaryPassword", password);
                }
                return "redirect:/beheer/gebruikers/" + id;
            } catch (Accounts.ChangeRefusedException e) {
                result.reject(e.code());
            } catch (PasswordPolicy.WeakPasswordException e) {
                result.rejectValue("newPassword", "account.reset.password.weak", new Object[] {weakness(e)}, null);
            }
        }
        form.clearPasswords();
        model.addAttribute("rolesForm", UserRolesForm.of(user));
        return editPage(user, model);
    }

    private String editPage(Accounts.UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("self", user.username().equals(acting()));
        model.addAttribute("bodies", bodies.all());
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new PasswordResetForm());
        }
        return "account/user-edit";
    }

    @PostMapping("/{id}/rollen")
    String changeRoles(@PathVariable Long id, @ModelAttribute("rolesForm") UserRolesForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Accounts.UserSummary user = user(id);
        List<BodyView> all = bodies.all();
        Map<Long, BodyRole> roles = knownRoles(form.getRoles(), all, result);
        if (!result.hasErrors()) {
            try {
                accounts.changeRoles(id, form.isAdmin(), roles, acting());
                redirect.addFlashAttribute("notice", text("account.user.rolesChanged", user.username()));
                return "redirect:/beheer/gebruikers/" + id;
            } catch (Accounts.ChangeRefusedException e) {
                result.rejectValue("admin", e.code());
            }
        }
        return editPage(user, model);
    }

    @PostMapping("/{id}/blokkeren")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        Accounts.UserSummary user = user(id);
        try {
            accounts.disable(id, acting());
            redirect.addFlashAttribute("notice", text("account.user.disabled", user.username()));
        } catch (Accounts.ChangeRefusedException e) {
            redirect.addFlashAttribute("problem", text(e.code()));
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/deblokkeren")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        Accounts.UserSummary user = user(id);
        accounts.enable(id, acting());
        redirect.addFlashAttribute("notice", text("account.user.enabled", user.username()));
        return "redirect:/beheer/gebruikers/" + id;
    }

    private Accounts.UserSummary user(Long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    private static String acting() {
        return CurrentUser.get().orElseThrow().username();
    }

    /** The chosen roles without the "none" entries; a body id that does not exist is an error, not a 500. */
    private static Map<Long, BodyRole> knownRoles(Map<Long, BodyRole> chosen, List<BodyView> all,
            BindingResult result) {
        Set<Long> known = all.stream().map(BodyView::id).collect(Collectors.toSet());
        Map<Long, BodyRole> roles = new HashMap<>();
        if (chosen == null) {
            return roles;
        }
        chosen.forEach((bodyId, role) -> {
            if (role == null) {
                return;
            }
            if (bodyId == null || !known.contains(bodyId)) {
                result.reject("account.user.unknownBody");
            } else {
                roles.put(bodyId, role);
            }
        });
        return roles;
    }

    /** A message of messages.properties in the request's language. */
    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /** Why a password is refused, in the request's language. */
    private String weakness(PasswordPolicy.WeakPasswordException e) {
        return e.reason(messages, LocaleContextHolder.getLocale());
    }
}
