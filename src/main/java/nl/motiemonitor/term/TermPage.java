package nl.motiemonitor.term;

import java.time.LocalDate;
import java.util.List;

/**
 * What an item's page shows of its term: the term (null for a motion that was not adopted), its extensions, the
 * body's default term (when the item has it) and the date the figures are computed for.
 */
public record TermPage(ItemTerm term, List<TermExtension> extensions, BodyTerm bodyTerm, LocalDate today) {

    public boolean late() {
        return term != null && term.late();
    }
}
