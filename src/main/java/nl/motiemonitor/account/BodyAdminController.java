package nl.motiemonitor.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.web.EditConflicts;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.ThemeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * {@code /beheer/bestuursorganen}: administrators list, register and change bodies. Only for ROLE_ADMIN. A changed
 * slug keeps the body's old URLs working (the body module keeps the former slug; the portal redirects it).
 */
@Controller
@RequestMapping("/beheer/bestuursorganen")
class BodyAdminController {

    private static final Logger log = LoggerFactory.getLogger(BodyAdminController.class);

    private final Bodies bodies;
    private final List<String> themes;
    private final MessageSource messages;

    BodyAdminController(Bodies bodies, ThemeProperties themeProperties, MessageSource messages) {
        this.bodies = bodies;
        this.messages = messages;
        TreeSet<String> names = new TreeSet<>();
        if (themeProperties.themes() != null) {
            names.addAll(themeProperties.themes().keySet());
        }
        names.add(themeProperties.defaultTheme());
        this.themes = List.copyOf(names);
    }

    @InitBinder("form")
    void bindOnly(WebDataBinder binder) {
        binder.setAllowedFields("slug", "name", "kind", "cbsCode", "theme", "version");
    }

    /** One choice of a select: what the form sends, what the person reads. */
    record Option(String value, String label) {
    }

    @ModelAttribute("kindOptions")
    List<Option> kindOptions() {
        List<Option> options = new ArrayList<>(List.of(new Option("", text("account.body.kind.choose"))));
        Arrays.stream(BodyKind.values()).map(kind -> new Option(kind.name(), text("body.kind." + kind.name())))
                .forEach(options::add);
        return options;
    }

    @ModelAttribute("themeOptions")
    List<Option> themeOptions() {
        return themes.stream().map(theme -> new Option(theme, theme)).toList();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("form", new BodyForm());
        return "account/bodies";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        check(form, result, null);
        if (!result.hasErrors()) {
            String warning = takenOver(form.getSlug(), null);
            try {
                BodyView body = bodies.register(form.getSlug(), form.getName(), form.getKind(),
                        form.getCbsCode(), form.getTheme());
                redirect.addFlashAttribute("notice", text("account.body.added", body.name()) + warning);
                return "redirect:/beheer/bestuursorganen";
            } catch (DataIntegrityViolationException e) {
                result.reject("account.body.duplicate");
            }
        }
        model.addAttribute("bodies", bodies.all());
        return "account/bodies";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        Bodies.EditableBody body = editable(id);
        model.addAttribute("form", BodyForm.of(body.body(), body.version()));
        return editPage(body.body(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        BodyView current = editable(id).body();
        if (form.getVersion() == null) {
            result.reject("account.body.versionMissing");
        }
        check(form, result, id);
        if (result.hasErrors()) {
            return editPage(current, model);
        }
        String warning = takenOver(form.getSlug(), current.slug());
        try {
            BodyView changed = bodies.change(id, form.getVersion(), form.toChange());
            log.info("Body {} changed by '{}': {} -> {}", id, CurrentUser.get().map(StaffUser::username).orElse("?"),
                    current, changed);
            String moved = changed.slug().equals(current.slug()) ? ""
                    : " " + text("account.body.moved", current.slug(), changed.slug());
            redirect.addFlashAttribute("notice", text("account.body.changed", changed.name()) + moved + warning);
            return "redirect:/beheer/bestuursorganen/" + id;
        } catch (EditConflictException | OptimisticLockingFailureException e) {
            return conflict(id, form, model, response);
        } catch (DataIntegrityViolationException e) {
            result.reject("account.body.duplicate");
            return editPage(current, model);
        }
    }

    /** What was typed stays in the form; the saved version is shown beside it, and saving again keeps the typed one. */
    private String conflict(Long id, BodyForm form, Model model, HttpServletResponse response) {
        Bodies.EditableBody saved = editable(id);
        form.setVersion(saved.version());
        EditConflicts.answer(response, model, saved.body(), bodies.history(id).stream().findFirst());
        return editPage(saved.body(), model);
    }

    private String editPage(BodyView body, Model model) {
        List<AuditTrail.Entry> history = bodies.history(body.id());
        model.addAttribute("body", body);
        model.addAttribute("formerSlugs", bodies.formerSlugs(body.id()));
        model.addAttribute("history", history);
        return "account/body-edit";
    }

    private Bodies.EditableBody editable(Long id) {
        return bodies.editable(id).orElseThrow(() -> new NotFoundException("bestuursorgaan " + id));
    }

    /** The rules beyond Bean Validation, the same for a new body and a changed one ({@code self}: its id). */
    private void check(BodyForm form, BindingResult result, Long self) {
        if (!result.hasFieldErrors("theme") && !themes.contains(form.getTheme())) {
            result.rejectValue("theme", "account.body.theme.unknown");
        }
        if (!result.hasFieldErrors("slug") && Bodies.RESERVED_SLUGS.contains(form.getSlug())) {
            result.rejectValue("slug", "account.body.slug.reserved");
        }
        if (!result.hasFieldErrors("slug") && bodies.findBySlug(form.getSlug())
                .filter(other -> !other.id().equals(self)).isPresent()) {
            result.rejectValue("slug", "account.body.slug.taken");
        }
        String cbsCode = form.getCbsCode();
        if (cbsCode != null && !result.hasFieldErrors("cbsCode") && bodies.all().stream()
                .anyMatch(other -> Objects.equals(other.cbsCode(), cbsCode) && !other.id().equals(self))) {
            result.rejectValue("cbsCode", "account.body.cbsCode.taken");
        }
    }

    /** A warning when the slug was another body's: its old URLs will show this body from now on. */
    private String takenOver(String slug, String ownSlug) {
        Optional<String> other = bodies.renamedTo(slug).filter(current -> !current.equals(ownSlug));
        return other.map(current -> " " + text("account.body.slugTakenOver", slug, current)).orElse("");
    }

    /** A message of messages.properties in the request's language. */
    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
