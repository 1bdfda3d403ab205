package nl.motiemonitor.staff;

import java.util.function.BiConsumer;

import jakarta.validation.Valid;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.harvest.HarvestConflicts;
import nl.motiemonitor.harvest.HarvestInBackground;
import nl.motiemonitor.harvest.HarvestProblems;
import nl.motiemonitor.harvest.HarvestSource;
import nl.motiemonitor.harvest.HarvestSources;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSetup;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.web.NotFoundException;
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
 * A body's sources in the staff area ({@code /beheer/{body}/bronnen}, administrators and the body's clerks): set
 * them up, see how their last run went and which records it skipped (and why), start one ("Nu oogsten", in the
 * background), and decide the conflicts between the harvest and clerks' edits.
 */
@Controller
class HarvestAdminController {

    private static final String FORM = "sourceForm";

    private final StaffAccess access;
    private final HarvestSources sources;
    private final HarvestInBackground background;
    private final HarvestConflicts conflicts;
    private final HarvestProblems problems;
    private final StaffText text;

    HarvestAdminController(StaffAccess access, HarvestSources sources, HarvestInBackground background,
            HarvestConflicts conflicts, HarvestProblems problems, StaffText text) {
        this.access = access;
        this.sources = sources;
        this.background = background;
        this.conflicts = conflicts;
        this.problems = problems;
        this.text = text;
    }

    @GetMapping("/beheer/{body}/bronnen")
    String list(@PathVariable("body") String slug, Model model) {
        return listPage(access.editable(slug), new SourceForm(), model);
    }

    @PostMapping("/beheer/{body}/bronnen")
    String add(@PathVariable("body") String slug, @Valid @ModelAttribute(FORM) SourceForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        SourceSetup setup = form.toSetup(errors);
        if (setup != null) {
            try {
                sources.add(body.bodyId(), setup);
                redirect.addFlashAttribute("notice", text.get("staff.source.added", setup.kind().label()));
                return "redirect:/beheer/" + slug + "/bronnen";
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return listPage(body, form, model);
    }

    @GetMapping("/beheer/{body}/bronnen/{id}")
    String editForm(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = access.editable(slug);
        HarvestSource source = find(body, id);
        return editPage(body, source, SourceForm.of(source), model);
    }

    @PostMapping("/beheer/{body}/bronnen/{id}")
    String change(@PathVariable("body") String slug, @PathVariable("id") String id,
            @Valid @ModelAttribute(FORM) SourceForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        HarvestSource source = find(body, id);
        SourceSetup setup = form.toSetup(errors);
        if (setup != null) {
            try {
                sources.change(body.bodyId(), source.id(), setup);
                redirect.addFlashAttribute("notice", text.get("staff.source.saved", setup.kind().label()));
                return "redirect:/beheer/" + slug + "/bronnen";
            } catch (DomainRuleViolation e) {
                errors.reject(e.code(), e.arguments(), e.getMessage());
            }
        }
        return editPage(body, source, form, model);
    }

    @PostMapping("/beheer/{body}/bronnen/{id}/verwijderen")
    String remove(@PathVariable("body") String slug, @PathVariable("id") String id, RedirectAttributes redirect) {
        return act(slug, id, "staff.source.removed", (body, source) -> sources.remove(body.bodyId(), source.id()),
                redirect);
    }

    /** {@code vanaf=begin} reads the whole source again; anything else goes on from where the last run stopped. */
    @PostMapping("/beheer/{body}/bronnen/{id}/oogsten")
    String harvest(@PathVariable("body") String slug, @PathVariable("id") String id,
            @RequestParam(name = "vanaf", required = false) String from, RedirectAttributes redirect) {
        boolean fromStart = "begin".equals(from);
        return act(slug, id, fromStart ? "staff.source.startedFromStart" : "staff.source.started",
                (body, source) -> background.start(body.bodyId(), source.id(), fromStart), redirect);
    }

    /** Does something with the body's source, and says so on the list of sources. */
    private String act(String slug, String id, String notice, BiConsumer<BodyView, HarvestSource> action,
            RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        HarvestSource source = find(body, id);
        action.accept(body, source);
        redirect.addFlashAttribute("notice", text.get(notice, source.kind().label()));
        return "redirect:/beheer/" + slug + "/bronnen";
    }

    /** {@code keuze}: "bron" takes the source's value, "eigen" keeps the clerk's; nothing else changes anything. */
    @PostMapping("/beheer/{body}/bronnen/conflicten/{id}")
    String resolve(@PathVariable("body") String slug, @PathVariable("id") String id,
            @RequestParam(name = "keuze", required = false) String choice, RedirectAttributes redirect) {
        BodyView body = access.editable(slug);
        long conflict = StaffPages.id(id);
        if (!conflicts.isOpen(body.bodyId(), conflict)) {
            throw new NotFoundException("conflict");
        }
        String clerk = access.user().displayName();
        try {
            if ("bron".equals(choice)) {
                conflicts.takeSource(body.bodyId(), conflict, clerk);
                redirect.addFlashAttribute("notice", text.get("staff.conflict.taken"));
            } else if ("eigen".equals(choice)) {
                conflicts.keepOwn(body.bodyId(), conflict, clerk);
                redirect.addFlashAttribute("notice", text.get("staff.conflict.kept"));
            } else {
                redirect.addFlashAttribute("problem", text.get("staff.conflict.choose"));
            }
        } catch (DomainRuleViolation e) {
            redirect.addFlashAttribute("problem", text.get(new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {e.code()}, e.arguments(), e.getMessage())));
        }
        return "redirect:/beheer/" + slug + "/bronnen#conflicten";
    }

    private HarvestSource find(BodyView body, String id) {
        return sources.find(body.bodyId(), StaffPages.id(id)).orElseThrow(() -> new NotFoundException("bron"));
    }

    private String listPage(BodyView body, SourceForm form, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("sources", sources.of(body.bodyId()));
        model.addAttribute("conflicts", conflicts.open(body.bodyId()));
        model.addAttribute("problems", problems.of(body.bodyId()));
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute(FORM, form);
        return "admin/harvest/sources";
    }

    private String editPage(BodyView body, HarvestSource source, SourceForm form, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("source", source);
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute(FORM, form);
        return "admin/harvest/edit";
    }
}
