package nl.motiemonitor.councillist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The list of motions and commitments as the clerk's office puts it on a council agenda: a title ("Lijst van moties en
 * toezeggingen"), the body it belongs to, a subtitle (e.g. "Stand per 5 december 2026"), the column headers in Dutch,
 * and the rows in groups (e.g. "Moties", "Toezeggingen"). Immutable; every row has exactly one cell per column.
 *
 * @param title    the list's title; required
 * @param bodyName the council or committee; may be empty
 * @param subtitle a line under the title; may be empty
 * @param columns  the column headers; at least one
 * @param groups   the groups of rows, in order; may be empty
 */
public record CouncilListTable(String title, String bodyName, String subtitle, List<String> columns,
        List<Group> groups) {

    public CouncilListTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A council list needs a title");
        }
        bodyName = bodyName == null ? "" : bodyName;
        subtitle = subtitle == null ? "" : subtitle;
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("A council list needs at least one column");
        }
        columns = columns.stream().map(column -> column == null ? "" : column).toList();
        groups = groups == null ? List.of() : List.copyOf(groups);
        for (Group group : groups) {
            for (Row row : group.rows()) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + row.cells() + " in group '" + group.name() + "' has "
                            + row.cells().size() + " cells, the list has " + columns.size() + " columns");
                }
            }
        }
    }

    /** The rows of all groups together. */
    public int rowCount() {
        return groups.stream().mapToInt(group -> group.rows().size()).sum();
    }

    /**
     * A group of rows under its own heading.
     *
     * @param name the heading, e.g. "Moties"; required
     * @param rows the rows, in order; may be empty
     */
    public record Group(String name, List<Row> rows) {

        public Group {
            Objects.requireNonNull(name, "A group needs a name");
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    /**
     * One motion or commitment.
     *
     * @param cells the cells, one per column; a null cell is kept as ""
     * @param mark  what changed since the previous list ("nieuw", "gewijzigd", "afgedaan"), or null when nothing did
     */
    public record Row(List<String> cells, String mark) {

        public Row {
            Objects.requireNonNull(cells, "A row needs its cells");
            List<String> copy = new ArrayList<>(cells.size());
            for (String cell : cells) {
                copy.add(cell == null ? "" : cell);
            }
            cells = List.copyOf(copy);
            mark = mark == null || mark.isBlank() ? null : mark.strip();
        }

        /** A row with nothing changed since the previous list. */
        public Row(List<String> cells) {
            this(cells, null);
        }
    }
}
