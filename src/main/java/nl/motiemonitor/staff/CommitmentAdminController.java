package nl.motiemonitor.staff;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentHistory;
import nl.motiemonitor.commitment.CommitmentView;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.shared.StatusChangeDetails;
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

/** Clerks register and edit their bodies' commitments and record their status; members read them. */
@Controller
class CommitmentAdminController {

    private final StaffAccess access;
    private final TermForms termForms;
    private final Bodies bodies;
    private final Commitments commitments;
    private final CommitmentCatalog catalog;
    private final CommitmentHistory history;
    private final SmartValidator validator;
    private final StaffText text;

    CommitmentAdminController(StaffAccess access, Bodies bodies, Commitments commitments, CommitmentCatalog catalog,
            CommitmentHistory history, SmartValidator validator, TermForms termForms, StaffText text) {
        this.text = text;
        this.termForms = termForms;
        this.access = access;
        this.bodies = bodies;
        this.commitments = commitments;
        this.catalog = catalog;
        this.history = history;
        this.validator = validator;
    }

    @GetMapping("/beheer/{body}/toezeggingen")
    String list(@PathVariable("body") String slug,
            @RequestParam(name = "pagina", defaultValue = "1") String pageParam, Model model) {
        BodyView body = access.readable(slug);
        model.addAttribute("body", body);
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        model.addAttribute("commitmentPage", catalog.listAll(body.bodyId(), PageRequest.of(StaffPages.index(pageParam),
                50, Sort.by(Sort.Order.desc("madeOn").nullsLast(), Sort.Order.desc("id")))));
        return "admin/commitment/list";
    }

    @GetMapping("/beheer/{body}/toezeggingen/nieuw")
    String newForm(@PathVariable("body") String slug, Model model) {
        return form(access.editable(slug), new CommitmentForm(), null, null, model);
    }

    @PostMapping("/beheer/{body}/toezeggingen/nieuw")
    String create(@PathVariable("body") String slug, @ModelAttribute("commitment") CommitmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        if (!valid(form, errors)) {
            return form(body, form, null, null, model);
        }
        try {
            Long id = commitments.register(form.toDraft(body.id(), null, requestedBy(body, form)),
                    StatusChangeDetails.of(form.getMadeOn(), access.user().displayName(), "Toezegging vastgelegd."));
            redirect.addFlashAttribute("notice", text.get("staff.commitment.saved"));
            return "redirect:/beheer/" + slug + "/toezeggingen/" + id;
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, null, null, model);
    }

    @GetMapping("/beheer/{body}/toezeggingen/{id}")
    String show(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        return show(body, find(body, id), new StatusForm(), model);
    }

    @GetMapping("/beheer/{body}/toezeggingen/{id}/bewerken")
    String editForm(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.editable(slug);
        CommitmentCatalog.EditableCommitment commitment = catalog.editable(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("toezegging"));
        return form(body, CommitmentForm.of(commitment.draft(), commitment.version()), commitment.id(),
                commitment.number(), model);
    }

    @PostMapping("/beheer/{body}/toezeggingen/{id}/bewerken")
    String update(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("commitment") CommitmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        BodyView body = access.editable(slug);
        CommitmentCatalog.EditableCommitment saved = catalog.editable(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("toezegging"));
        if (!valid(form, errors)) {
            return form(body, form, saved.id(), saved.number(), model);
        }
        if (form.getVersion() == null) {
            errors.reject("staff.commitment.noVersion");
            return form(body, form, saved.id(), saved.number(), model);
        }
        try {
            commitments.revise(body.bodyId(), saved.id(), form.getVersion(),
                    form.toDraft(body.id(), saved.draft().madeInLetterId(), requestedBy(body, form)));
            redirect.addFlashAttribute("notice", text.get("staff.changesSaved"));
            return "redirect:/beheer/" + slug + "/toezeggingen/" + saved.id();
        } catch (EditConflictException | OptimisticLockingFailureException e) {
            CommitmentView current = catalog.find(body.bodyId(), saved.id()).orElseThrow();
            EditConflicts.answer(response, model, current, history.lastChange(saved.id()));
            form.setVersion(current.version());
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, saved.id(), saved.number(), model);
    }

    @PostMapping("/beheer/{body}/toezeggingen/{id}/status")
    String changeStatus(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        CommitmentView commitment = find(body, id);
        validator.validate(form, errors);
        if (!errors.hasErrors()) {
            try {
                form.getMove().apply(commitments, new CommitmentId(commitment.summary().id()), StatusChangeDetails.of(
                        form.getEffectiveOn(), access.user().displayName(), form.getReason().strip()));
                redirect.addFlashAttribute("notice", text.get(form.getMove().notice()));
                return "redirect:/beheer/" + slug + "/toezeggingen/" + commitment.summary().id();
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return show(body, commitment, form, model);
    }

    @GetMapping("/beheer/{body}/toezeggingen/{id}/geschiedenis")
    String history(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        CommitmentView commitment = find(body, id);
        String number = commitment.summary().number();
        model.addAttribute("body", body);
        model.addAttribute("heading", text.get("staff.commitment.history.heading", number));
        model.addAttribute("backHref", "/beheer/" + slug + "/toezeggingen/" + commitment.summary().id());
        model.addAttribute("backLabel", text.get("staff.commitment.history.back", number));
        model.addAttribute("entries", history.of(commitment.summary().id(), memberId -> bodies.members(
                List.of(memberId)).stream().map(MemberView::display).findFirst().orElse(text.get("staff.history.unknownMember"))));
        return "admin/history";
    }

    private CommitmentView find(BodyView body, String id) {
        return catalog.find(body.bodyId(), StaffPages.id(id)).orElseThrow(() -> new NotFoundException("toezegging"));
    }

    @PostMapping("/beheer/{body}/toezeggingen/{id}/splitsen")
    String split(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute("splitForm") CommitmentSplitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        CommitmentView commitment = find(body, id);
        if (!errors.hasErrors()) {
            try {
                Long part = commitments.split(body.bodyId(), commitment.summary().id(), form.getVersion(),
                        form.getKeptText(), form.getRemainingText(), access.user().displayName());
                redirect.addFlashAttribute("notice", text.get("staff.split.done", commitment.summary().number()));
                return "redirect:/beheer/" + slug + "/toezeggingen/" + part;
            } catch (EditConflictException e) {
                errors.reject("staff.split.conflict");
                form.setVersion(commitment.version());
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        model.addAttribute("splitForm", form);
        return show(body, commitment, new StatusForm(), model);
    }

    private String show(BodyView body, CommitmentView commitment, StatusForm statusForm, Model model) {
        if (!model.containsAttribute("splitForm")) {
            CommitmentSplitForm split = new CommitmentSplitForm();
            split.setKeptText(commitment.summary().text());
            split.setVersion(commitment.version());
            model.addAttribute("splitForm", split);
        }
        model.addAttribute("parts", catalog.parts(commitment.summary().id(), false));
        model.addAttribute("body", body);
        model.addAttribute("commitment", commitment);
        model.addAttribute("requestedBy", commitment.requestedByMemberId() == null ? null
                : bodies.members(List.of(commitment.requestedByMemberId())).stream().findFirst().orElse(null));
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        model.addAttribute("statusForm", statusForm);
        model.addAttribute("moves", StatusForm.Move.values());
        termForms.add(model, new CommitmentId(commitment.summary().id()), body.bodyId());
        return "admin/commitment/show";
    }

    private String form(BodyView body, CommitmentForm form, Long id, String number, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("commitment", form);
        model.addAttribute("commitmentId", id);
        model.addAttribute("number", number);
        model.addAttribute("members", bodies.membersOf(body.bodyId()));
        return "admin/commitment/form";
    }

    private boolean valid(CommitmentForm form, BindingResult errors) {
        validator.validate(form, errors);
        if (form.getDueDate() != null && form.getMadeOn() != null && form.getDueDate().isBefore(form.getMadeOn())) {
            errors.rejectValue("dueDate", "staff.commitment.dueDate.beforeMade");
        }
        return !errors.hasErrors();
    }

    /** Only a member of this body can have asked for it; any other id is ignored. */
    private Long requestedBy(BodyView body, CommitmentForm form) {
        Long id = form.getRequestedByMemberId();
        return id != null && bodies.membersOf(body.bodyId()).stream().anyMatch(member -> member.id().equals(id))
                ? id : null;
    }
}
