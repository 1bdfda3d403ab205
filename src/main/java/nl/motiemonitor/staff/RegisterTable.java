package nl.motiemonitor.staff;

import java.util.List;

/**
 * A register as read from its file: the header row and the rows below it, every cell as text (dates ISO-8601 when the
 * sheet typed them as dates). {@code rowNumbers} are the rows' numbers in the file, as the clerk's spreadsheet shows
 * them (the header is row 1). {@code widths} are the rows' numbers of cells as the file has them, against the
 * header's {@code headerWidth}; {@code exactWidths} when the file writes every cell of a row (a CSV file), so that a
 * row with fewer cells than the header is one that lost some, not one whose last cells are empty. {@code sources}
 * are, for a list read from a document, where in the document each row was read (one per row); empty for a file.
 */
record RegisterTable(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers, int headerWidth,
        List<Integer> widths, boolean exactWidths, List<RowSource> sources) {

    RegisterTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        rowNumbers = List.copyOf(rowNumbers);
        widths = List.copyOf(widths);
        sources = List.copyOf(sources);
        if (!sources.isEmpty() && sources.size() != rows.size()) {
            throw new IllegalArgumentException(sources.size() + " bronnen voor " + rows.size() + " rijen");
        }
    }

    /** A table read from a file (CSV or Excel): no row has a source in a document. */
    RegisterTable(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers, int headerWidth,
            List<Integer> widths, boolean exactWidths) {
        this(headers, rows, rowNumbers, headerWidth, widths, exactWidths, List.of());
    }

    /** A table made here (the export, a list document's entries): every row as wide as its cells. */
    RegisterTable(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers) {
        this(headers, rows, rowNumbers, List.of());
    }

    /** A table made here with the rows' sources (a list document's entries), or none. */
    RegisterTable(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers, List<RowSource> sources) {
        this(headers, rows, rowNumbers, headers.size(), rows.stream().map(List::size).toList(), false, sources);
    }

    /**
     * Where a row of a list was read in its document: {@code text}, the entry's text (abbreviated), and
     * {@code statusSentence}, the sentence its status was read from when that was prose rather than a status of its
     * own (null then, or when the row has no status).
     */
    record RowSource(String text, String statusSentence) {
    }

    /** Where the row at {@code row} (an index) was read in its document, or null (a file, or nothing known). */
    RowSource source(int row) {
        return row < sources.size() ? sources.get(row) : null;
    }

    /**
     * What is wrong with the number of cells of each row, by row index: a row with more cells than the header (a
     * separator inside a cell that was not quoted shifts every cell after it), or, in a file that writes every cell,
     * fewer where most rows have them all.
     */
    java.util.Map<Integer, Integer> wrongWidths() {
        java.util.Map<Integer, Integer> wrong = new java.util.HashMap<>();
        long complete = widths.stream().filter(width -> width >= headerWidth).count();
        boolean mostComplete = complete * 2 >= widths.size();
        for (int r = 0; r < widths.size(); r++) {
            int width = widths.get(r);
            if (width > headerWidth || width < headerWidth && exactWidths && mostComplete) {
                wrong.put(r, width);
            }
        }
        return wrong;
    }

    /** The cell of a row in a column, "" when the row is shorter. */
    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }
}
