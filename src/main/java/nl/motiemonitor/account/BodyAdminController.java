package nl.motiemonitor.account;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.validation.Valid;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.web.ThemeProperties;
import org.springframework.dao.DataIntegrityViolationException;
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

/** {@code /beheer/bestuursorganen}: administrators list and register bodies. Only for ROLE_ADMIN. */
@Controller
@RequestMapping("/beheer/bestuursorganen")
class BodyAdminController {

    private final Bodies bodies;
    private final List<String> themes;

    BodyAdminController(Bodies bodies, ThemeProperties themeProperties) {
        this.bodies = bodies;
        TreeSet<String> names = new TreeSet<>();
        if (themeProperties.themes() != null) {
            names.addAll(themeProperties.themes().keySet());
        }
        names.add(themeProperties.defaultTheme());
        this.themes = List.copyOf(names);
    }

    @InitBinder("form")
    void bindOnly(WebDataBinder binder) {
        binder.setAllowedFields("slug", "name", "kind", "cbsCode", "theme");
    }

    @ModelAttribute("kinds")
    BodyKind[] kinds() {
        return BodyKind.values();
    }

    @ModelAttribute("themes")
    List<String> themes() {
        return themes;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("form", new NewBodyForm());
        return "account/bodies";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewBodyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<BodyView> existing = bodies.all();
        if (!result.hasFieldErrors("theme") && !themes.contains(form.getTheme())) {
            result.rejectValue("theme", "unknown", "Kies een van de huisstijlen uit de lijst.");
        }
        if (!result.hasFieldErrors("slug") && Bodies.RESERVED_SLUGS.contains(form.getSlug())) {
            result.rejectValue("slug", "reserved", "Dit adresdeel gebruikt de portal zelf. Kies een ander.");
        }
        if (!result.hasFieldErrors("slug") && bodies.exists(form.getSlug())) {
            result.rejectValue("slug", "duplicate", "Er is al een bestuursorgaan met dit adresdeel. Kies een ander.");
        }
        String cbsCode = form.getCbsCode() == null || form.getCbsCode().isEmpty() ? null : form.getCbsCode();
        if (cbsCode != null && !result.hasFieldErrors("cbsCode")
                && existing.stream().anyMatch(body -> Objects.equals(body.cbsCode(), cbsCode))) {
            result.rejectValue("cbsCode", "duplicate", "Er is al een bestuursorgaan met deze CBS-code.");
        }
        if (!result.hasErrors()) {
            try {
                BodyView body = bodies.register(form.getSlug(), form.getName().strip(), form.getKind(), cbsCode,
                        form.getTheme());
                redirect.addFlashAttribute("notice", body.name() + " is toegevoegd.");
                return "redirect:/beheer/bestuursorganen";
            } catch (DataIntegrityViolationException e) {
                result.reject("duplicate", "Dit bestuursorgaan bestaat al (adresdeel of CBS-code is al in gebruik).");
            }
        }
        model.addAttribute("bodies", existing);
        return "account/bodies";
    }
}
