package nl.motiemonitor.staff;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.councillist.CouncilDecisions;
import nl.motiemonitor.councillist.CouncilList;
import nl.motiemonitor.councillist.CouncilListFiles;
import nl.motiemonitor.councillist.CouncilListRow;
import nl.motiemonitor.councillist.CouncilLists;
import nl.motiemonitor.councillist.ListGrouping;
import nl.motiemonitor.councillist.ListRequest;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.term.Terms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's list in the staff area, drafts included, and the council's decision on its proposed discharges after
 * a meeting, recorded in one go.
 */
@Controller
class CouncilListAdminController {

    private final StaffAccess access;
    private final CouncilLists lists;
    private final CouncilDecisions decisions;
    private final Terms terms;
    private final CouncilListFiles files;
    private final StaffText text;

    CouncilListAdminController(StaffAccess access, CouncilLists lists, CouncilDecisions decisions, Terms terms,
            CouncilListFiles files, StaffText text) {
        this.access = access;
        this.lists = lists;
        this.decisions = decisions;
        this.terms = terms;
        this.files = files;
        this.text = text;
    }

    @GetMapping("/beheer/{body}/lijst")
    String list(@PathVariable("body") String slug, @RequestParam(name = "groep", required = false) String group,
            @RequestParam(name = "sinds", required = false) String since,
            @RequestParam(name = "pdf", required = false) String pdf, Model model) {
        BodyView body = access.readable(slug);
        ListRequest request = ListRequest.parse(group, since, pdf, terms.today());
        CouncilList list = lists.of(body.bodyId(), false, request.grouping(), request.since());
        CouncilDecisionForm form = new CouncilDecisionForm();
        list.awaitingDecision().forEach(row -> form.getRows().add(new CouncilDecisionForm.Row(row.formValue())));
        return page(body, request, list, form, model);
    }

    @GetMapping("/beheer/{body}/lijst.{format:[a-z]+}")
    ResponseEntity<byte[]> download(@PathVariable("body") String slug, @PathVariable("format") String format,
            @RequestParam(name = "groep", required = false) String group,
            @RequestParam(name = "sinds", required = false) String since) {
        BodyView body = access.readable(slug);
        return files.download(body, false, format, group, since, "/beheer/" + body.slug() + "/lijst");
    }

    @PostMapping("/beheer/{body}/lijst/besluit")
    String decide(@PathVariable("body") String slug, @Valid @ModelAttribute("decision") CouncilDecisionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        for (int i = 0; i < form.getRows().size(); i++) {
            CouncilDecisionForm.Row row = form.getRows().get(i);
            if (row.isRejected() && (row.getReason() == null || row.getReason().isBlank())) {
                errors.rejectValue("rows[" + i + "].reason", "staff.decision.reason.required");
            }
        }
        if (!errors.hasErrors()) {
            try {
                int accepted = decisions.record(body.bodyId(), form.getMeetingOn(), files.council(body), form.getRows().stream()
                        .map(row -> new CouncilDecisions.Decision(row.getItem(), !row.isRejected(), row.getReason()))
                        .toList(), access.user().displayName());
                redirect.addFlashAttribute("notice", text.get("staff.decision.recorded",
                        DutchDates.format(form.getMeetingOn()), accepted, form.getRows().size() - accepted));
                return "redirect:/beheer/" + slug + "/lijst";
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        ListRequest request = ListRequest.parse(null, null, terms.today());
        return page(body, request, lists.of(body.bodyId(), false, request.grouping(), null), form, model);
    }

    private String page(BodyView body, ListRequest request, CouncilList list, CouncilDecisionForm form, Model model) {
        Map<String, CouncilListRow> awaiting = list.awaitingDecision().stream()
                .collect(Collectors.toMap(CouncilListRow::formValue, Function.identity()));
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("list", list);
        model.addAttribute("request", request);
        model.addAttribute("groupings", ListGrouping.values());
        model.addAttribute("decision", form);
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("canEdit", access.user().canEdit(body.id()));
        return "admin/list";
    }
}
