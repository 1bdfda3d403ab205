package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import nl.motiemonitor.importing.ListCells.Field;
import nl.motiemonitor.importing.ListCells.Line;

/**
 * A register flattened into text: a header row of column labels (glued as iBabs list views render them,
 * "IDAgendapuntTitelFractie(s)Stand van zaken…", or separated by spaces or bars), then one bulleted line per cell or
 * one "a | b | c" line per row. Empty cells are left out by the page, so each cell goes to the next column its value
 * fits (a date to a date column, "J. Broeders" to the portfolio holder); an item code starts a new row.
 */
final class ListTable {

    private static final Set<Field> IDENTITY = Set.of(Field.ID, Field.NUMBER, Field.TITLE);
    private static final Set<Field> TRACKING = Set.of(Field.STATUS, Field.PROGRESS, Field.DUE, Field.DONE, Field.DONE_DATE,
            Field.DATE, Field.PERSON);

    private ListTable() {
    }

    /** The rows of the first register table in the text, as cells by column; empty when there is none. */
    static List<Map<Field, Span>> rows(CharSequence g, List<Line> lines, boolean us, ReadingDeadline deadline) {
        for (int i = 0; i < lines.size(); i++) {
            List<Field> columns = header(g, lines.get(i));
            if (columns == null) {
                continue;
            }
            Line header = lines.get(i);
            List<Map<Field, Span>> rows = barred(g, header) || gaps(g, header) >= 2
                    ? byPosition(g, columns, lines, i + 1, deadline, barred(g, header))
                    : align(g, columns, cells(g, lines, i + 1, deadline), us);
            rows.removeIf(r -> !r.containsKey(Field.ID) && !r.containsKey(Field.NUMBER) && !r.containsKey(Field.TITLE));
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        return List.of();
    }

    /** The columns of a header row, or null when the line is not one (three labels or more, naming an item and its state). */
    static List<Field> header(CharSequence g, Line line) {
        if (line.length() < 12) {
            return null;
        }
        List<Field> columns = new ArrayList<>();
        Matcher m = ListCells.LABEL.matcher(g);
        int p = line.from();
        while (true) {
            while (p < line.to() && " |•;\t".indexOf(g.charAt(p)) >= 0) {
                p++;
            }
            if (p >= line.to()) {
                break;
            }
            if (!m.region(p, line.to()).lookingAt()) {
                return null;
            }
            columns.add(ListCells.LABELS.get(m.group().toLowerCase(java.util.Locale.ROOT)));
            p = m.end();
        }
        boolean named = columns.stream().anyMatch(IDENTITY::contains);
        boolean tracked = columns.stream().anyMatch(TRACKING::contains);
        return columns.size() >= 3 && named && tracked ? columns : null;
    }

    /** The cells after a header: bulleted lines, or the parts of "a | b | c" lines (null marks a row's end). */
    private static List<Span> cells(CharSequence g, List<Line> lines, int from, ReadingDeadline deadline) {
        List<Span> cells = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            deadline.check();
            Line line = lines.get(i);
            if (line.empty()) {
                continue;
            }
            if (bulleted(g, line)) {
                cells.add(new Span(line.from(), line.to()));
            } else if (bars(g, line) >= 2) {
                int s = line.from();
                for (int p = line.from(); p <= line.to(); p++) {
                    if (p == line.to() || g.charAt(p) == '|') {
                        Span cell = trimmed(g, s, p);
                        if (cell != null) {
                            cells.add(cell);
                        }
                        s = p + 1;
                    }
                }
                cells.add(null);
            } else {
                break;
            }
        }
        return cells;
    }

    /** A header written with bars ("Nummer | Titel | Status"): its rows have every cell, empty ones too. */
    private static boolean barred(CharSequence g, Line line) {
        return bars(g, line) >= 2;
    }

    /** Runs of three or more spaces in a line: the gaps between a table's columns (a tab is three spaces). */
    private static int gaps(CharSequence g, Line line) {
        int n = 0;
        int run = 0;
        for (int p = line.from(); p < line.to(); p++) {
            run = g.charAt(p) == ' ' ? run + 1 : 0;
            n += run == 3 ? 1 : 0;
        }
        return n;
    }

    /**
     * Rows of a table whose cells are separated by bars or by gaps: cell k under column k, empty cells left out, until
     * the first line without separators.
     */
    private static List<Map<Field, Span>> byPosition(CharSequence g, List<Field> columns, List<Line> lines, int from,
            ReadingDeadline deadline, boolean bars) {
        List<Map<Field, Span>> rows = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            deadline.check();
            Line line = lines.get(i);
            if (line.empty() || isRule(g, line)) {
                continue;
            }
            if (bars ? bars(g, line) < 2 : gaps(g, line) < 1) {
                break;
            }
            Map<Field, Span> row = new EnumMap<>(Field.class);
            int column = 0;
            int s = bars && g.charAt(line.from()) == '|' ? line.from() + 1 : line.from();
            for (int p = s; p <= line.to() && column < columns.size(); p++) {
                int gapEnd = bars ? p + 1 : gapEnd(g, p, line.to());
                if (p == line.to() || bars && g.charAt(p) == '|' || !bars && gapEnd > p) {
                    Span cell = trimmed(g, s, p);
                    if (cell != null) {
                        row.putIfAbsent(columns.get(column), cell);
                    }
                    // tabs become three spaces each: two tabs in a row hold an empty cell between them
                    int width = bars ? 0 : gapEnd - p;
                    column += width >= 6 && width % 3 == 0 ? width / 3 : 1;
                    s = bars ? p + 1 : gapEnd;
                    p = s - 1;
                }
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Where a gap of three or more spaces starting at {@code p} ends, or {@code p} when none starts there. */
    private static int gapEnd(CharSequence g, int p, int to) {
        int q = p;
        while (q < to && g.charAt(q) == ' ') {
            q++;
        }
        return q - p >= 3 ? q : p;
    }

    /** "---|---|---": the line under a Markdown-style header. */
    private static boolean isRule(CharSequence g, Line line) {
        for (int p = line.from(); p < line.to(); p++) {
            if ("-|:= +".indexOf(g.charAt(p)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Span trimmed(CharSequence g, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && g.charAt(a) == ' ') {
            a++;
        }
        while (b > a && g.charAt(b - 1) == ' ') {
            b--;
        }
        return a < b ? new Span(a, b) : null;
    }

    private static boolean bulleted(CharSequence g, Line line) {
        for (int p = line.start(); p < line.from(); p++) {
            if ("•·▪◦*–-".indexOf(g.charAt(p)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int bars(CharSequence g, Line line) {
        int n = 0;
        for (int p = line.from(); p < line.to(); p++) {
            n += g.charAt(p) == '|' ? 1 : 0;
        }
        return n;
    }

    /** Cells to rows: each cell to the next column it fits; an item code after the code column starts a new row. */
    private static List<Map<Field, Span>> align(CharSequence g, List<Field> columns, List<Span> cells, boolean us) {
        int idColumn = columns.contains(Field.ID) ? columns.indexOf(Field.ID) : columns.indexOf(Field.NUMBER);
        List<Map<Field, Span>> rows = new ArrayList<>();
        Map<Field, Span> row = null;
        int col = 0;
        for (Span cell : cells) {
            if (cell == null) {
                row = null;
                continue;
            }
            boolean code = idColumn >= 0 && ListCells.fits(columns.get(idColumn), g, cell.start(), cell.end(), us);
            if (row == null || code && col > idColumn) {
                row = new EnumMap<>(Field.class);
                rows.add(row);
                col = 0;
            }
            int k = next(g, columns, col, cell, us);
            if (k < 0 && !row.isEmpty()) {
                row = new EnumMap<>(Field.class);
                rows.add(row);
                k = next(g, columns, 0, cell, us);
            }
            if (k >= 0) {
                row.putIfAbsent(columns.get(k), cell);
                col = k + 1;
            }
        }
        rows.removeIf(Map::isEmpty);
        return rows;
    }

    private static int next(CharSequence g, List<Field> columns, int from, Span cell, boolean us) {
        for (int k = from; k < columns.size(); k++) {
            if (ListCells.fits(columns.get(k), g, cell.start(), cell.end(), us)) {
                return k;
            }
        }
        return -1;
    }
}
