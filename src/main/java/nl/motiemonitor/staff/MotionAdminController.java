package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import nl.motiemonitor.account.StaffUser;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.DuplicateRegistrationNumberException;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.MotionHistory;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.MotionView;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.ReplacedMotionException;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.web.EditConflicts;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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

/** Clerks register and edit their bodies' motions and record their status; members read them, drafts included. */
@Controller
class MotionAdminController {

    private final StaffAccess access;
    private final TermForms termForms;
    private final Bodies bodies;
    private final Motions motions;
    private final MotionCatalog catalog;
    private final MotionHistory history;
    private final SmartValidator validator;
    private final StaffText text;
    private final MotionRequests requests;

    MotionAdminController(StaffAccess access, Bodies bodies, Motions motions, MotionCatalog catalog,
            MotionHistory history, SmartValidator validator, TermForms termForms, StaffText text,
            MotionRequests requests) {
        this.text = text;
        this.requests = requests;
        this.termForms = termForms;
        this.validator = validator;
        this.access = access;
        this.bodies = bodies;
        this.motions = motions;
        this.catalog = catalog;
        this.history = history;
    }

    @GetMapping("/beheer/{body}/moties")
    String list(@PathVariable("body") String slug,
            @RequestParam(name = "pagina", defaultValue = "1") String pageParam, Model model) {
        BodyView body = access.readable(slug);
        int page = StaffPages.index(pageParam);
        Page<MotionSummary> motionPage = catalog.listAll(body.bodyId(), null, null, PageRequest.of(page, 50,
                Sort.by(Sort.Order.desc("adoptedOn").nullsLast(), Sort.Order.desc("id"))));
        model.addAttribute("body", body);
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        model.addAttribute("motionPage", motionPage);
        return "admin/motion/list";
    }

    @GetMapping("/beheer/{body}/moties/nieuw")
    String newForm(@PathVariable("body") String slug, Model model) {
        BodyView body = access.editable(slug);
        MotionForm form = new MotionForm();
        form.getClauses().add(new ClauseRow());
        return form(body, form, null, model);
    }

    @PostMapping("/beheer/{body}/moties/nieuw")
    String create(@PathVariable("body") String slug, @ModelAttribute("motion") MotionForm form,
            BindingResult errors, @RequestParam(name = "rij", required = false) String rowAction, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        if (applyRowAction(form, rowAction) || !valid(form, errors)) {
            return form(body, form, null, model);
        }
        try {
            Long id = motions.register(form.toDraft(body.id(), sponsorIds(body, form)), form.parsedNewSponsors(),
                    form.getReplacesNumber(), StatusChangeDetails.of(form.getAdoptedOn(), access.user().displayName(), "Motie aangenomen."));
            redirect.addFlashAttribute("notice", text.get("staff.motion.saved"));
            return "redirect:/beheer/" + slug + "/moties/" + id;
        } catch (DuplicateRegistrationNumberException e) {
            errors.rejectValue("registrationNumber", e.code(), e.arguments(), e.getMessage());
        } catch (ReplacedMotionException e) {
            errors.rejectValue("replacesNumber", e.code(), e.arguments(), e.getMessage());
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, null, model);
    }

    @GetMapping("/beheer/{body}/moties/{id}")
    String show(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        MotionView motion = catalog.find(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("motie"));
        return show(body, motion, new StatusForm(), model);
    }

    @GetMapping("/beheer/{body}/moties/{id}/bewerken")
    String editForm(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.editable(slug);
        MotionCatalog.EditableMotion motion = catalog.editable(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("motie"));
        return form(body, MotionForm.of(motion.draft(), motion.replacesNumber(), motion.version()), motion.id(), model);
    }

    @PostMapping("/beheer/{body}/moties/{id}/bewerken")
    String update(@PathVariable("body") String slug, @PathVariable("id") String id,
            @ModelAttribute("motion") MotionForm form, BindingResult errors,
            @RequestParam(name = "rij", required = false) String rowAction, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        BodyView body = access.editable(slug);
        Long motionId = StaffPages.id(id);
        catalog.editable(body.bodyId(), motionId).orElseThrow(() -> new NotFoundException("motie"));
        if (applyRowAction(form, rowAction) || !valid(form, errors)) {
            return form(body, form, motionId, model);
        }
        if (form.getVersion() == null) {
            errors.reject("staff.motion.noVersion");
            return form(body, form, motionId, model);
        }
        try {
            motions.revise(body.bodyId(), motionId, form.getVersion(), form.toDraft(body.id(), sponsorIds(body, form)),
                    form.parsedNewSponsors(), form.getReplacesNumber(), StatusChangeDetails.of(form.getAdoptedOn(), access.user().displayName(), "Motie aangenomen."));
            redirect.addFlashAttribute("notice", text.get("staff.changesSaved"));
            return "redirect:/beheer/" + slug + "/moties/" + motionId;
        } catch (EditConflictException | OptimisticLockingFailureException e) {
            return conflict(body, motionId, form, model, response);
        } catch (DuplicateRegistrationNumberException e) {
            errors.rejectValue("registrationNumber", e.code(), e.arguments(), e.getMessage());
        } catch (ReplacedMotionException e) {
            errors.rejectValue("replacesNumber", e.code(), e.arguments(), e.getMessage());
        } catch (DomainRuleViolation e) {
            errors.reject(e.code(), e.arguments(), e.getMessage());
        }
        return form(body, form, motionId, model);
    }

    @PostMapping("/beheer/{body}/moties/{id}/status")
    String changeStatus(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        Long motionId = StaffPages.id(id);
        MotionView motion = catalog.find(body.bodyId(), motionId).orElseThrow(() -> new NotFoundException("motie"));
        if (!errors.hasErrors()) {
            StatusChangeDetails details = StatusChangeDetails.of(form.getEffectiveOn(), access.user().displayName(),
                    form.getReason().strip());
            try {
                form.getMove().apply(motions, new MotionId(motionId), details);
                redirect.addFlashAttribute("notice", text.get(form.getMove().notice()));
                return "redirect:/beheer/" + slug + "/moties/" + motionId;
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return show(body, motion, form, model);
    }

    @GetMapping("/beheer/{body}/moties/{id}/geschiedenis")
    String history(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.readable(slug);
        MotionView motion = catalog.find(body.bodyId(), StaffPages.id(id))
                .orElseThrow(() -> new NotFoundException("motie"));
        String number = motion.summary().registrationNumber();
        model.addAttribute("body", body);
        model.addAttribute("heading", text.get("staff.motion.history.heading", number));
        model.addAttribute("backHref", "/beheer/" + slug + "/moties/" + motion.summary().id());
        model.addAttribute("backLabel", text.get("staff.motion.history.back", number));
        model.addAttribute("entries", history.of(motion.summary().id()));
        return "admin/history";
    }

    private String show(BodyView body, MotionView motion, StatusForm statusForm, Model model) {
        StaffUser user = access.user();
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("motion", motion);
        model.addAttribute("sponsors", bodies.members(motion.sponsorIds()));
        model.addAttribute("canEdit", user.canEdit(body.id()));
        model.addAttribute("statusForm", statusForm);
        model.addAttribute("moves", StatusForm.Move.values());
        model.addAttribute("replacements", catalog.replacements(motion.summary().id(), false));
        model.addAttribute("requests", requests.of(motion.summary().id()));
        model.addAttribute("canUnsplit", requests.canUnsplit(motion.summary().id()));
        termForms.add(model, new MotionId(motion.summary().id()), body.bodyId());
        return "admin/motion/show";
    }

    private String form(BodyView body, MotionForm form, Long motionId, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("motion", form);
        model.addAttribute("motionId", motionId);
        model.addAttribute("members", bodies.membersOf(body.bodyId()));
        model.addAttribute("clauseKinds", ClauseKind.values());
        model.addAttribute("voteOutcomes", VoteOutcome.values());
        model.addAttribute("precisions", DatePrecision.values());
        return "admin/motion/form";
    }

    /** Both versions side by side: what the clerk typed (kept in the form) and what is saved now. */
    private String conflict(BodyView body, Long motionId, MotionForm form, Model model, HttpServletResponse response) {
        MotionView current = catalog.find(body.bodyId(), motionId).orElseThrow(() -> new NotFoundException("motie"));
        EditConflicts.answer(response, model, current, history.lastChange(motionId));
        model.addAttribute("currentSponsors", bodies.members(current.sponsorIds()));
        form.setVersion(current.version());
        return form(body, form, motionId, model);
    }

    /**
     * Bean Validation plus the checks that span fields. Row actions skip this: rearranging rows is not saving, and
     * the clerk is not done typing.
     */
    private boolean valid(MotionForm form, BindingResult errors) {
        EmptyRows.remove(form.getFootnotes(), "footnotes", FootnoteRow::isEmpty, errors);
        validator.validate(form, errors, Default.class, CompleteRows.class);
        form.validateVote("", errors);
        if (form.getDueDate() != null && form.getAdoptedOn() != null && form.getDueDate().isBefore(form.getAdoptedOn())) {
            errors.rejectValue("dueDate", "staff.motion.dueDate.beforeAdoption");
        }
        for (int i = 0; i < form.getFootnotes().size(); i++) {
            FootnoteRow footnote = form.getFootnotes().get(i);
            Integer clause = footnote.getClauseNumber();
            if (clause == null || clause < 1) {
                continue;
            }
            if (clause > form.getClauses().size()) {
                errors.rejectValue("footnotes[" + i + "].clauseNumber", "staff.footnote.clauseNumber.noSuchClause",
                        new Object[] {clause, form.getClauses().size()}, null);
            } else if (footnote.getAnchor() != null && form.getClauses().get(clause - 1).getText() != null
                    && !form.getClauses().get(clause - 1).getText().contains(footnote.getAnchor())) {
                errors.rejectValue("footnotes[" + i + "].anchor", "staff.footnote.anchor.notInClause",
                        new Object[] {footnote.getAnchor(), clause}, null);
            }
        }
        return !errors.hasErrors();
    }

    /** The sponsors chosen in the list; a sponsor id of another body is never linked. */
    private List<Long> sponsorIds(BodyView body, MotionForm form) {
        List<Long> known = bodies.membersOf(body.bodyId()).stream().map(MemberView::id).toList();
        return form.getSponsorIds().stream().distinct().filter(known::contains).toList();
    }

    private static boolean applyRowAction(MotionForm form, String value) {
        return RowAction.parse(value).map(action -> {
            action.apply("overwegingen", form.getClauses(), ClauseRow::new);
            action.apply("voetnoten", form.getFootnotes(), FootnoteRow::new);
            return true;
        }).orElse(false);
    }
}
