package nl.motiemonitor.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to download: a title and a line under it (the body, the filters, the day), the headings in Dutch, and the
 * rows, each with one {@link Cell} per heading. Immutable.
 *
 * @param title    what the table holds, e.g. "Moties — Gemeente Den Haag"; required
 * @param subtitle a line under the title, e.g. "Status: open. Stand per 5 december 2026."; may be empty
 * @param headings the column headings; at least one
 * @param rows     the rows, in the page's order
 */
public record Table(String title, String subtitle, List<String> headings, List<List<Cell>> rows) {

    public Table {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A table needs a title");
        }
        subtitle = subtitle == null ? "" : subtitle;
        if (headings == null || headings.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one heading");
        }
        headings = headings.stream().map(heading -> heading == null ? "" : heading).toList();
        List<List<Cell>> copy = new ArrayList<>(rows == null ? 0 : rows.size());
        for (List<Cell> row : rows == null ? List.<List<Cell>>of() : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("A row of '" + title + "' has " + row.size() + " cells, the table "
                        + headings.size() + " headings");
            }
            copy.add(row.stream().map(cell -> cell == null ? Cell.EMPTY : cell).toList());
        }
        rows = List.copyOf(copy);
    }

    /** Builds a table row by row. */
    public static Builder builder(String title, String subtitle, List<String> headings) {
        return new Builder(title, subtitle, headings);
    }

    public static final class Builder {

        private final String title;
        private final String subtitle;
        private final List<String> headings;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String title, String subtitle, List<String> headings) {
            this.title = title;
            this.subtitle = subtitle;
            this.headings = headings;
        }

        public Builder row(Cell... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Table build() {
            return new Table(title, subtitle, headings, rows);
        }
    }
}
