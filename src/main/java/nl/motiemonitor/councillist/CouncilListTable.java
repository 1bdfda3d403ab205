package nl.motiemonitor.councillist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;

/**
 * The list of motions and commitments as the clerk's office puts it on a council agenda: a title ("Lijst van moties en
 * toezeggingen"), the body it belongs to, a subtitle (e.g. "Stand per 5 december 2026"), the column headers in Dutch,
 * and the rows in groups (e.g. "Moties", "Toezeggingen"). Immutable; every row has exactly one cell per column. The
 * PDF lays it out in its groups; Excel and CSV get it {@link #flat()}.
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

    /** The header of the first column of {@link #flat()}, the group a row belongs to. */
    public static final String GROUP_HEADER = "Groep";
    /** The header of the last column of {@link #flat()}, the row's mark. */
    public static final String MARK_HEADER = "Sinds vorige lijst";

    /**
     * The list as one table, as Excel and CSV have it: "Groep", the columns, "Sinds vorige lijst"; the title above,
     * and under it the body and the subtitle on one line ("Gemeenteraad Utrecht — Stand per 5 december 2026").
     */
    public Table flat() {
        List<String> headings = new ArrayList<>(columns.size() + 2);
        headings.add(GROUP_HEADER);
        headings.addAll(columns);
        headings.add(MARK_HEADER);
        List<List<Cell>> rows = new ArrayList<>(rowCount());
        for (Group group : groups) {
            for (Row row : group.rows()) {
                List<Cell> cells = new ArrayList<>(headings.size());
                cells.add(Cell.text(group.name()));
                cells.addAll(row.cells());
                cells.add(Cell.text(row.mark()));
                rows.add(cells);
            }
        }
        String line = bodyName.isBlank() || subtitle.isBlank() ? (bodyName.isBlank() ? subtitle : bodyName)
                : bodyName + " — " + subtitle;
        return new Table(title, line, headings, rows);
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
     * @param cells the cells, one per column (a date a date, a number a number); a null cell is kept as empty
     * @param mark  what changed since the previous list ("nieuw", "gewijzigd", "afgedaan"), or null when nothing did
     */
    public record Row(List<Cell> cells, String mark) {

        public Row {
            Objects.requireNonNull(cells, "A row needs its cells");
            cells = cells.stream().map(cell -> cell == null ? Cell.EMPTY : cell).toList();
            mark = mark == null || mark.isBlank() ? null : mark.strip();
        }

        /** A row of text cells; a null text is an empty cell. */
        public static Row of(List<String> texts, String mark) {
            return new Row(texts.stream().map(Cell::text).toList(), mark);
        }

        /** A row of text cells with nothing changed since the previous list. */
        public static Row of(List<String> texts) {
            return of(texts, null);
        }

        /** The cells as a person reads them: "1 juli 2026". */
        public List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }
}
