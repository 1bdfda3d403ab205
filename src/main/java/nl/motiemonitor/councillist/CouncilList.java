package nl.motiemonitor.councillist;

import java.time.LocalDate;
import java.util.List;

/**
 * A body's council list on a day: its lines in groups.
 *
 * @param since the previous list's date the marks are relative to; null when none was chosen
 */
public record CouncilList(LocalDate today, LocalDate since, ListGrouping grouping, List<Group> groups) {

    /**
     * A group's heading in Dutch ("Te laat", "Wethouder Jansen", "Niet toegewezen"), as the downloads write it, and the
     * message that names it in the page's language, when the portal names it itself (else null).
     */
    public record Group(String name, String code, List<CouncilListRow> rows) {
    }

    public List<CouncilListRow> rows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The lines waiting for the council's decision on a proposed discharge. */
    public List<CouncilListRow> awaitingDecision() {
        return rows().stream().filter(CouncilListRow::awaitingDecision).toList();
    }
}
