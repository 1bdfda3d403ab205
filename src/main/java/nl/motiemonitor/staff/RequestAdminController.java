package nl.motiemonitor.staff;

import jakarta.validation.Valid;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.RequestView;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.stereotype.Controller;
import nl.motiemonitor.web.FieldLabels;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A motion tracked per request, on its staff page: splitting it into its requests, and each request's moves, term and
 * who is responsible. A refused step goes back to the motion's page with the clerk's input and the reason.
 */
@Controller
class RequestAdminController {

    static final String STATUS_FORM = "requestStatus";
    static final String TERM_FORM = "requestTerm";

    private final StaffAccess access;
    private final MotionCatalog catalog;
    private final MotionRequests requests;
    private final StaffText text;
    private final FieldLabels labels;

    RequestAdminController(StaffAccess access, MotionCatalog catalog, MotionRequests requests, StaffText text,
            FieldLabels labels) {
        this.labels = labels;
        this.access = access;
        this.catalog = catalog;
        this.requests = requests;
        this.text = text;
    }

    @PostMapping("/beheer/{body}/moties/{id}/verzoeken")
    String split(@PathVariable("body") String slug, @PathVariable("id") String id,
            @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        MotionCatalog.EditableMotion motion = existingMotion(body, id);
        Long motionId = motion.id();
        if (version == null || version != motion.version()) {
            // a page opened before the motion changed: the clerk sees the motion as it is now, then decides
            redirect.addFlashAttribute("requestProblem", text.get("staff.request.splitStale"));
            return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoeken";
        }
        try {
            int count = requests.split(body.bodyId(), motionId, access.user().displayName());
            redirect.addFlashAttribute("notice", text.get("staff.request.splitDone", count));
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("requestProblem", text.get(e.code(), e.arguments()));
        }
        return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoeken";
    }

    @PostMapping("/beheer/{body}/moties/{id}/verzoeken/ongedaan")
    String unsplit(@PathVariable("body") String slug, @PathVariable("id") String id, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        Long motionId = existingMotion(body, id).id();
        try {
            requests.unsplit(body.bodyId(), motionId);
            redirect.addFlashAttribute("notice", text.get("staff.request.unsplitDone"));
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("requestProblem", text.get(e.code(), e.arguments()));
        }
        return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoeken";
    }

    @PostMapping("/beheer/{body}/verzoeken/{id}/status")
    String move(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(STATUS_FORM) StatusForm form, BindingResult errors, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        RequestView request = existingRequest(body, id);
        Long motionId = request.motionId();
        if (!errors.hasErrors()) {
            try {
                requests.move(body.bodyId(), request.id(), MotionRequests.Move.valueOf(form.getMove().name()),
                        StatusChangeDetails.of(form.getEffectiveOn(), access.user().displayName(),
                                form.getReason().strip()));
                redirect.addFlashAttribute("notice", text.get("staff.request.moved", request.position()));
                return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoek-" + request.position();
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return back(slug, motionId, request, STATUS_FORM, form, errors, redirect);
    }

    @PostMapping("/beheer/{body}/verzoeken/{id}/termijn")
    String assign(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(TERM_FORM) RequestTermForm form, BindingResult errors,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        RequestView request = existingRequest(body, id);
        Long motionId = request.motionId();
        if (errors.hasErrors()) {
            return back(slug, motionId, request, TERM_FORM, form, errors, redirect);
        }
        requests.assign(body.bodyId(), request.id(), form.getDueDate(), form.getDepartment(),
                form.getPortfolioHolder());
        redirect.addFlashAttribute("notice", text.get("staff.request.assigned", request.position()));
        return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoek-" + request.position();
    }

    private MotionCatalog.EditableMotion existingMotion(BodyView body, String id) {
        return catalog.editable(body.bodyId(), StaffPages.id(id)).orElseThrow(() -> new NotFoundException("motie"));
    }

    /** A request of a motion of this body; of another body it does not exist here. */
    private RequestView existingRequest(BodyView body, String id) {
        return requests.find(body.bodyId(), StaffPages.id(id)).orElseThrow(() -> new NotFoundException("verzoek"));
    }

    /** Back to the request on the motion's page, with what the clerk typed and why it was refused. */
    private String back(String slug, Long motionId, RequestView request, String name, Object form,
            BindingResult errors, RedirectAttributes redirect) {
        redirect.addFlashAttribute(name, form);
        String formName = STATUS_FORM.equals(name) ? "statusForm" : "responsibilityForm";
        redirect.addFlashAttribute("requestErrors", errors.getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? labels.message(formName, field.getField(), text.get(error)) : text.get(error))
                .toList());
        redirect.addFlashAttribute("requestFormId", request.id());
        return "redirect:/beheer/" + slug + "/moties/" + motionId + "#verzoek-" + request.position();
    }
}
