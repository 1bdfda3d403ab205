package nl.motiemonitor.portal;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.term.TermPage;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts an item's term on its public page, and whether it is late for the status badge. */
@Component
class TermAttributes {

    private final Terms terms;

    TermAttributes(Terms terms) {
        this.terms = terms;
    }

    void add(Model model, ItemId item, BodyId body) {
        TermPage page = terms.page(item, body);
        model.addAttribute("termPage", page);
        model.addAttribute("late", page.late());
    }
}
