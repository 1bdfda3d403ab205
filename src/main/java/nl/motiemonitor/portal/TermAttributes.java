package nl.motiemonitor.portal;

import java.time.LocalDate;

import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts an item's term on its page: the term, its extensions, the body's default, today and whether it is overdue. */
@Component
class TermAttributes {

    private final Terms terms;

    TermAttributes(Terms terms) {
        this.terms = terms;
    }

    void add(Model model, TermItem item, long id, long bodyId) {
        LocalDate today = terms.today();
        ItemTerm term = terms.term(item, id).orElse(null);
        model.addAttribute("term", term);
        model.addAttribute("extensions", terms.extensions(item, id));
        model.addAttribute("bodyTerm", terms.bodyTerm(bodyId));
        model.addAttribute("today", today);
        model.addAttribute("overdue", term != null && term.overdue(today));
    }
}
