package nl.motiemonitor.staff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.DuplicateLetterReferenceException;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.letter.LetterHistory;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.letter.LetterView;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.web.EditConflicts;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clerks register the executive's letters and link each to the motions and commitments it answers. */
@Controller
class LetterAdminController {

    private final StaffAccess access;
    private final LetterCatalog catalog;
    private final LetterRegistration registration;
    private final LetterHistory history;
    private final ItemChoices itemChoices;
    private final SmartValidator validator;
    private final LetterDocuments documents;
    private final StaffText text;
    private final RequestNumbers requestNumbers;

    LetterAdminController(StaffAccess access, LetterCatalog catalog, LetterRegistration registration,
            LetterHistory history, ItemChoices itemChoices, SmartValidator validator, LetterDocuments documents,
            StaffText text, RequestNumbers requestNumbers) {
        this.text = text;
        this.requestNumbers = requestNumbers;
        this.documents = documents;
        this.access = access;
        this.catalog = catalog;
        this.registration = registration;
        this.history = history;
        this.itemChoices = itemChoices;
        this.validator = validator;
    }

    @GetMapping("/beheer/{body}/brieven")
    String list(@PathVariable("body") String slug,
            @RequestParam(name = "pagina", defaultValue = "1") String pageParam, Model model) {
        BodyView body = access.readable(slug);
        model.addAttribute("body", body);
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        model.addAttribute("letterPage", catalog.listAll(body.bodyId(), PageRequest.of(StaffPages.index(pageParam), 50,
                Sort.by(Sort.Order.desc("sentOn").nullsLast(), Sort.Order.desc("id")))));
        return "admin/letter/list";
    }

    @GetMapping("/beheer/{body}/brieven/nieuw")
    String newForm(@PathVariable("body") String slug, Model model) {
        LetterForm form = new LetterForm();
        form.getAnswers().add(new AnswerRow());
        form.getSignatories().add(new SignatoryRow());
        return form(access.editable(slug), form, null, model);
    }

    @PostMapping("/beheer/{body}/brieven/nieuw")
    String create(@PathVariable("body") String slug, @ModelAttribute("letter") LetterForm form, BindingResult errors,
            @RequestParam(name = "rij", required = false) String rowAction, Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        if (applyRowAction(form, rowAction) || !valid(body, form, errors)) {
            return form(body, form, null, model);
        }
        try {
            Long id = registration.register(form.toDraft(body.id(), List.of()), access.user().displayName());
            redirect.addFlashAttribute("notice", text.get("staff.letter.saved"));
            return "redirect:/beheer/" + slug + "/brieven/" + id;
        } catch (DuplicateLetterReferenceException e) {
            errors.rejectValue("reference", e.code(), e.arguments(), e.getMessage());
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, null, model);
    }

    @GetMapping("/beheer/{body}/brieven/{id}")
    String show(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        LetterView letter = catalog.find(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("brief"));
        model.addAttribute("body", body);
        model.addAttribute("letter", letter);
        Map<String, ItemChoices.ItemChoice> choices = itemChoices.byValue(body);
        model.addAttribute("answered", letter.answers().stream()
                .map(answer -> ItemChoices.describe(choices, answer)).toList());
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        model.addAttribute("original", documents.info(letter.summary().id()).orElse(null));
        return "admin/letter/show";
    }

    @GetMapping("/beheer/{body}/brieven/{id}/bewerken")
    String editForm(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.editable(slug);
        LetterCatalog.EditableLetter letter = catalog.editable(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("brief"));
        LetterForm form = LetterForm.of(letter.draft(), letter.version());
        requestNumbers.fill(form.getAnswers(), letter.draft().answers());
        return form(body, form, letter.id(), model);
    }

    @PostMapping("/beheer/{body}/brieven/{id}/bewerken")
    String update(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("letter") LetterForm form, BindingResult errors,
            @RequestParam(name = "rij", required = false) String rowAction, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BodyView body = access.editable(slug);
        LetterCatalog.EditableLetter saved = catalog.editable(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("brief"));
        if (applyRowAction(form, rowAction) || !valid(body, form, errors)) {
            return form(body, form, saved.id(), model);
        }
        if (form.getVersion() == null) {
            errors.reject("staff.letter.noVersion");
            return form(body, form, saved.id(), model);
        }
        try {
            registration.revise(body.bodyId(), saved.id(), form.getVersion(),
                    form.toDraft(body.id(), saved.draft().footnotes()), access.user().displayName());
            redirect.addFlashAttribute("notice", text.get("staff.changesSaved"));
            return "redirect:/beheer/" + slug + "/brieven/" + saved.id();
        } catch (EditConflictException | OptimisticLockingFailureException e) {
            LetterView current = catalog.find(body.bodyId(), saved.id()).orElseThrow();
            EditConflicts.answer(response, model, current, history.lastChange(saved.id()));
            form.setVersion(current.version());
        } catch (DuplicateLetterReferenceException e) {
            errors.rejectValue("reference", e.code(), e.arguments(), e.getMessage());
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, saved.id(), model);
    }

    @GetMapping("/beheer/{body}/brieven/{id}/origineel")
    org.springframework.http.ResponseEntity<byte[]> original(@PathVariable("body") String slug,
            @PathVariable("id") String id) {
        BodyView body = access.readable(slug);
        LetterView letter = catalog.find(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("brief"));
        return documents.find(letter.summary().id()).map(LetterDocuments::download)
                .orElseThrow(() -> new NotFoundException("origineel"));
    }

    @GetMapping("/beheer/{body}/brieven/{id}/geschiedenis")
    String history(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        LetterView letter = catalog.find(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("brief"));
        model.addAttribute("body", body);
        model.addAttribute("heading", text.get("staff.letter.history.heading"));
        model.addAttribute("backHref", "/beheer/" + slug + "/brieven/" + letter.summary().id());
        model.addAttribute("backLabel", letter.summary().displaySubject());
        Map<String, ItemChoices.ItemChoice> choices = itemChoices.byValue(body);
        model.addAttribute("entries", history.of(letter.summary().id(),
                answer -> ItemChoices.describe(choices, answer).label()));
        return "admin/history";
    }

    private String form(BodyView body, LetterForm form, Long letterId, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("letter", form);
        model.addAttribute("letterId", letterId);
        model.addAttribute("items", itemChoices.of(body, false));
        model.addAttribute("responses", LetterResponse.values());
        model.addAttribute("requestsByMotion", requestNumbers.of(form.getAnswers()));
        return "admin/letter/form";
    }

    /** Bean Validation, plus: every item belongs to this body and appears once. */
    private boolean valid(BodyView body, LetterForm form, BindingResult errors) {
        EmptyRows.remove(form.getSignatories(), "signatories", SignatoryRow::isEmpty, errors);
        validator.validate(form, errors, Default.class, CompleteRows.class);
        if (form.getSentOn() == null && form.getSubject() == null && form.getFullText() == null
                && !errors.hasFieldErrors("sentOn")) {
            errors.reject("staff.letter.empty");
        }
        AnswerRow.validate("answers", form.getAnswers(), itemChoices.of(body, false).stream()
                .map(ItemChoices.ItemChoice::value).collect(Collectors.toSet()), body.name(), errors);
        requestNumbers.resolve("answers", form.getAnswers(), errors);
        return !errors.hasErrors();
    }

    private static boolean applyRowAction(LetterForm form, String value) {
        return RowAction.parse(value).map(action -> {
            action.apply("onderwerpen", form.getAnswers(), AnswerRow::new);
            action.apply("ondertekenaars", form.getSignatories(), SignatoryRow::new);
            return true;
        }).orElse(false);
    }

}
