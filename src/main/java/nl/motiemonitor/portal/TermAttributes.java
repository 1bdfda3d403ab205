package nl.motiemonitor.portal;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.term.ProgressNotes;
import nl.motiemonitor.term.TermPage;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts an item's term on its public page, whether it is late for the status badge, and its progress note in force
 * ({@code progress}, null without one). Only a published item has a public page, so only its note is shown.
 */
@Component
class TermAttributes {

    private final Terms terms;
    private final ProgressNotes progressNotes;

    TermAttributes(Terms terms, ProgressNotes progressNotes) {
        this.terms = terms;
        this.progressNotes = progressNotes;
    }

    void add(Model model, ItemId item, BodyId body) {
        TermPage page = terms.page(item, body);
        model.addAttribute("termPage", page);
        model.addAttribute("late", page.late());
        model.addAttribute("progress", progressNotes.latest(item).orElse(null));
    }
}
