package nl.motiemonitor.staff;

import java.util.List;

/**
 * A register as read from its file: the header row and the rows below it, every cell as text (dates ISO-8601 when the
 * sheet typed them as dates). {@code rowNumbers} are the rows' numbers in the file, as the clerk's spreadsheet shows
 * them (the header is row 1).
 */
record RegisterTable(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers) {

    RegisterTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
    }

    /** The cell of a row in a column, "" when the row is shorter. */
    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }
}
