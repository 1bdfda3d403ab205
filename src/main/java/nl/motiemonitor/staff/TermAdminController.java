package nl.motiemonitor.staff;

import java.util.function.LongFunction;

import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.MotionId;
import jakarta.validation.Valid;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.term.BodyTerm;
import nl.motiemonitor.term.TermDescriptions;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Terms in the staff area: extending an item's term with a reason, recording who is responsible, and a body's default
 * term. The item forms live on the item's staff page; after an error they go back there with what was typed and the
 * messages (flash attributes), so nothing is lost.
 */
@Controller
class TermAdminController {

    static final String TERM_FORM = "termForm";
    static final String RESPONSIBILITY_FORM = "responsibilityForm";

    private final StaffAccess access;
    private final Terms terms;
    private final StaffText text;
    private final TermDescriptions descriptions;

    TermAdminController(StaffAccess access, Terms terms, StaffText text, TermDescriptions descriptions) {
        this.text = text;
        this.descriptions = descriptions;
        this.access = access;
        this.terms = terms;
    }

    @PostMapping("/beheer/{body}/moties/{id}/termijn")
    String extendMotion(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(TERM_FORM) TermExtensionForm form, BindingResult errors, RedirectAttributes redirect) {
        return extend(slug, MotionId::new, "moties", id, form, errors, redirect);
    }

    @PostMapping("/beheer/{body}/toezeggingen/{id}/termijn")
    String extendCommitment(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(TERM_FORM) TermExtensionForm form, BindingResult errors, RedirectAttributes redirect) {
        return extend(slug, CommitmentId::new, "toezeggingen", id, form, errors, redirect);
    }

    @PostMapping("/beheer/{body}/moties/{id}/verantwoordelijke")
    String assignMotion(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(RESPONSIBILITY_FORM) ResponsibilityForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return assign(slug, MotionId::new, "moties", id, form, errors, redirect);
    }

    @PostMapping("/beheer/{body}/toezeggingen/{id}/verantwoordelijke")
    String assignCommitment(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(RESPONSIBILITY_FORM) ResponsibilityForm form, BindingResult errors,
            RedirectAttributes redirect) {
        return assign(slug, CommitmentId::new, "toezeggingen", id, form, errors, redirect);
    }

    @GetMapping("/beheer/{body}/termijn")
    String bodyTermForm(@PathVariable("body") String slug, Model model) {
        BodyView body = access.editable(slug);
        return bodyTermPage(body, BodyTermForm.of(terms.bodyTerm(body.bodyId())), model);
    }

    @PostMapping("/beheer/{body}/termijn")
    String saveBodyTerm(@PathVariable("body") String slug, @Valid @ModelAttribute("bodyTermForm") BodyTermForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        BodyTerm term = errors.hasErrors() ? null : form.toTerm(errors);
        if (term == null) {
            return bodyTermPage(body, form, model);
        }
        terms.setBodyTerm(body.bodyId(), term);
        redirect.addFlashAttribute("notice", text.get("staff.bodyTerm.saved", descriptions.describe(term)));
        return "redirect:/beheer/" + slug + "/termijn";
    }

    private String extend(String slug, LongFunction<ItemId> kind, String path, String id, TermExtensionForm form,
            BindingResult errors, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        ItemId item = existing(kind, body, id);
        if (!errors.hasErrors()) {
            try {
                terms.extend(item, body.bodyId(), form.getTo(), form.getReason(), access.user().displayName());
                redirect.addFlashAttribute("notice", text.get("staff.term.extended"));
                return "redirect:/beheer/" + slug + "/" + path + "/" + item.value();
            } catch (DomainRuleViolation e) {
                errors.rejectValue("to", e.code(), e.arguments(), e.getMessage());
            }
        }
        return backWithErrors(slug, path, item.value(), TERM_FORM, form, errors, redirect);
    }

    private String assign(String slug, LongFunction<ItemId> kind, String path, String id, ResponsibilityForm form,
            BindingResult errors, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        ItemId item = existing(kind, body, id);
        if (!errors.hasErrors()) {
            terms.assign(item, body.bodyId(), form.getDepartment(), form.getPortfolioHolder(), form.getCommittee(),
                    access.user().displayName());
            redirect.addFlashAttribute("notice", text.get("staff.term.responsibilitySaved"));
            return "redirect:/beheer/" + slug + "/" + path + "/" + item.value();
        }
        return backWithErrors(slug, path, item.value(), RESPONSIBILITY_FORM, form, errors, redirect);
    }

    /** The item's id, when it is an item of this body; otherwise 404, as for any item of another body. */
    private ItemId existing(LongFunction<ItemId> kind, BodyView body, String id) {
        ItemId item = kind.apply(StaffPages.id(id));
        if (!terms.belongsTo(item, body.bodyId())) {
            throw new NotFoundException(item instanceof MotionId ? "motie" : "toezegging");
        }
        return item;
    }

    private static String backWithErrors(String slug, String path, long itemId, String name, Object form,
            BindingResult errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return "redirect:/beheer/" + slug + "/" + path + "/" + itemId + "#" + (TERM_FORM.equals(name)
                ? "termijn-verlengen" : "verantwoordelijke");
    }

    private String bodyTermPage(BodyView body, BodyTermForm form, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("bodyTermForm", form);
        model.addAttribute("kinds", BodyTermForm.Kind.values());
        return "admin/body-term";
    }
}
