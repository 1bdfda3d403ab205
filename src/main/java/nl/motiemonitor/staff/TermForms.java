package nl.motiemonitor.staff;

import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.term.TermPage;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts an item's term and the empty (or, after an error, the typed) term forms on its staff page. */
@Component
class TermForms {

    private final Terms terms;

    TermForms(Terms terms) {
        this.terms = terms;
    }

    void add(Model model, ItemId item, BodyId body) {
        TermPage page = terms.page(item, body);
        ItemTerm term = page.term();
        model.addAttribute("termPage", page);
        if (!model.containsAttribute(TermAdminController.TERM_FORM)) {
            model.addAttribute(TermAdminController.TERM_FORM, new TermExtensionForm());
        }
        if (!model.containsAttribute(TermAdminController.RESPONSIBILITY_FORM)) {
            ResponsibilityForm responsibility = new ResponsibilityForm();
            if (term != null) {
                responsibility.setDepartment(term.department());
                responsibility.setPortfolioHolder(term.portfolioHolder());
            }
            model.addAttribute(TermAdminController.RESPONSIBILITY_FORM, responsibility);
        }
    }
}
