package nl.motiemonitor.staff;

import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.term.ProgressNote;
import nl.motiemonitor.term.ProgressNotes;
import nl.motiemonitor.term.TermPage;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts an item's term and the empty (or, after an error, the typed) term forms on its staff page, with its progress
 * notes: the one in force ({@code progress}) and all of them, latest first ({@code progressNotes}).
 */
@Component
class TermForms {

    private final Terms terms;
    private final ProgressNotes progressNotes;

    TermForms(Terms terms, ProgressNotes progressNotes) {
        this.terms = terms;
        this.progressNotes = progressNotes;
    }

    void add(Model model, ItemId item, BodyId body) {
        TermPage page = terms.page(item, body);
        ItemTerm term = page.term();
        model.addAttribute("termPage", page);
        java.util.List<ProgressNote> notes = progressNotes.history(item);
        model.addAttribute("progress", notes.isEmpty() ? null : notes.get(0));
        model.addAttribute("progressNotes", notes);
        if (!model.containsAttribute(TermAdminController.TERM_FORM)) {
            model.addAttribute(TermAdminController.TERM_FORM, new TermExtensionForm());
        }
        if (!model.containsAttribute(TermAdminController.RESPONSIBILITY_FORM)) {
            ResponsibilityForm responsibility = new ResponsibilityForm();
            if (term != null) {
                responsibility.setDepartment(term.department());
                responsibility.setPortfolioHolder(term.portfolioHolder());
            }
            responsibility.setCommittee(terms.committee(item).orElse(null));
            model.addAttribute(TermAdminController.RESPONSIBILITY_FORM, responsibility);
        }
    }
}
