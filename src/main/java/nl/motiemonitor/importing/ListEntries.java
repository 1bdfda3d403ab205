package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.importing.ListCells.Field;
import nl.motiemonitor.importing.ListCells.LabelHit;
import nl.motiemonitor.importing.ListCells.Line;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.importing.ReadDocument.ListItem;

/**
 * Tracker entries of a list: runs of label/value lines ("NummerM104-2021", "- Status" / "- Aangenomen"), each entry
 * one item, with a code line just above it as its number and title.
 */
final class ListEntries {

    private final String text;
    private final CharSequence g;
    private final List<Line> lines;
    private final ReadingDeadline deadline;
    private final boolean us;

    ListEntries(String text, CharSequence g, List<Line> lines, ReadingDeadline deadline, boolean us) {
        this.text = text;
        this.g = g;
        this.lines = lines;
        this.deadline = deadline;
        this.us = us;
    }


    /** The fields of one entry: label key to value span (empty span for a label without value). */
    private final class Fields {
        final Map<String, Span> values = new LinkedHashMap<>();
        final Map<Field, Span> byField = new LinkedHashMap<>();
        final List<Field> labels = new ArrayList<>();

        void put(Field field, Span value) {
            labels.add(field);
            if (value != null && value.end() > value.start()) {
                byField.putIfAbsent(field, value);
            }
        }

        Sourced<String> get(Field... fields) {
            for (Field field : fields) {
                Span s = byField.get(field);
                if (s != null) {
                    return ListCells.text(g, s.start(), s.end());
                }
            }
            return null;
        }

        Sourced<LocalDate> date(Field... fields) {
            for (Field field : fields) {
                Span s = byField.get(field);
                Sourced<LocalDate> d = s == null ? null : ListCells.date(g, s.start(), s.end(), us);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        /** The term as a date, or as words a term is written in ("Q4 2024", "eind 2024", "medio 2025"). */
        Sourced<LocalDate> due() {
            Sourced<LocalDate> date = date(Field.DUE);
            Span s = byField.get(Field.DUE);
            if (date != null || s == null) {
                return date;
            }
            return DutchDateText.dueDate(g.subSequence(s.start(), s.end()), null)
                    .map(d -> new Sourced<>(d.date(), s)).orElse(null);
        }

        boolean followedUp() {
            return byField.containsKey(Field.PROGRESS) || byField.containsKey(Field.DUE)
                    || byField.containsKey(Field.DONE_DATE) || byField.containsKey(Field.DONE);
        }

        ListItem item(Sourced<String> code, Sourced<String> codeTitle, Span source) {
            Sourced<String> number = get(Field.NUMBER, Field.ID);
            number = number == null ? code : number;
            Sourced<String> title = get(Field.TITLE);
            title = title == null ? codeTitle : title;
            title = title == null ? get(Field.CONTENT, Field.COMMITMENT) : title;
            Sourced<String> status = get(Field.STATUS);
            Span done = byField.get(Field.DONE);
            if (status == null && done != null && ListCells.yes(g, done.start(), done.end())) {
                status = new Sourced<>("Afgedaan", done);
            }
            Sourced<String> progress = get(Field.PROGRESS);
            if (status == null && progress != null) {
                status = ListCells.statusClause(g, progress.source().start(), progress.source().end());
            }
            Sourced<String> itemText = progress != null ? progress : get(Field.COMMITMENT, Field.CONTENT);
            if (itemText != null && title != null && itemText.source().equals(title.source())) {
                itemText = null;
            }
            boolean commitment = labels.contains(Field.COMMITMENT) || number != null
                    && ListCells.COMMITMENT_CODE.matcher(g).region(number.source().start(), number.source().end()).lookingAt();
            return new ListItem(number, title, commitment ? ItemKind.COMMITMENT : kind(text, lines, source.start()),
                    date(Field.DATE, Field.AGENDA), status, due(), itemText, source);
        }
    }

    /**
     * Tracker entries: runs of label lines ("NummerM104-2021", "Status\n\nvalue"). An entry counts when it names its
     * item and follows it up (or is a commitment with a status): a motion page with only a status line does not.
     */
    /** A row of a register table as an item. */
    ListItem row(Map<Field, Span> row) {
        Fields f = new Fields();
        row.forEach(f::put);
        int start = row.values().stream().mapToInt(Span::start).min().orElse(0);
        int end = row.values().stream().mapToInt(Span::end).max().orElse(0);
        return f.item(null, null, new Span(start, end));
    }

    List<ListItem> records(boolean followedUpOnly) {
        List<ListItem> items = new ArrayList<>();
        Fields f = null;
        int first = 0;
        int last = 0;
        int startLine = 0;
        LabelHit pending = null;
        int noise = 0;
        for (int i = 0; i <= lines.size(); i++) {
            deadline.check();
            Line line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.empty()) {
                continue;
            }
            LabelHit hit = line == null ? null : ListCells.label(g, line);
            if (hit != null && pending != null && hit.hasValue() && g.charAt(hit.end()) == ' ') {
                hit = null; // "Wethouder Jansen zegt toe …" after a bare label is its value, not a label
            }
            boolean repeated = hit != null && f != null && f.values.containsKey(hit.key());
            boolean ends = line == null || repeated
                    || hit == null && pending == null && f != null && (line.length() > 100 || ++noise > 3);
            if (ends && f != null) {
                ListItem item = entry(f, startLine, new Span(first, last), followedUpOnly);
                if (item != null) {
                    items.add(item);
                }
                f = null;
            }
            if (line == null) {
                break;
            }
            if (hit != null) {
                if (f == null) {
                    f = new Fields();
                    first = line.from();
                    startLine = i;
                }
                Span value = new Span(hit.valueStart(), hit.valueEnd());
                f.values.put(hit.key(), value);
                f.put(hit.field(), value);
                pending = hit.hasValue() ? null : hit;
                last = line.to();
                noise = 0;
            } else if (f != null && pending != null) {
                f.values.put(pending.key(), new Span(line.from(), line.to()));
                f.put(pending.field(), new Span(line.from(), line.to()));
                pending = null;
                last = line.to();
            }
        }
        return items;
    }

    /** An entry as an item, or null when it is no tracker entry; a code line just above it gives number and title. */
    private ListItem entry(Fields f, int startLine, Span source, boolean followedUpOnly) {
        Sourced<String> code = null;
        Sourced<String> codeTitle = null;
        int seen = 0;
        for (int k = startLine - 1; k >= 0 && seen < 4; k--) {
            Line l = lines.get(k);
            if (l.empty()) {
                continue;
            }
            seen++;
            if (ListCells.isCode(g, l.from(), l.to()) && !Character.isDigit(g.charAt(l.from()))) {
                code = ListCells.text(g, l.from(), l.to());
                for (int t = k + 1; t < startLine && codeTitle == null; t++) {
                    codeTitle = ListCells.text(g, lines.get(t).from(), lines.get(t).to());
                }
                source = new Span(l.from(), source.end());
                break;
            }
        }
        boolean named = code != null || f.get(Field.NUMBER, Field.ID, Field.TITLE) != null;
        long distinct = f.values.size() + (code == null ? 0 : 1);
        boolean commitment = (f.labels.contains(Field.COMMITMENT) || code != null
                && ListCells.COMMITMENT_CODE.matcher(g).region(code.source().start(), code.source().end()).lookingAt())
                && f.get(Field.STATUS) != null;
        boolean tracked = distinct >= 3 && f.followedUp();
        boolean entry = followedUpOnly ? tracked || commitment : distinct >= 3;
        return named && entry ? f.item(code, codeTitle, source) : null;
    }

    /** COMMITMENT under a heading about toezeggingen (and not about moties), else MOTION. */
    static ItemKind kind(String text, List<Line> lines, int position) {
        for (int k = lines.size() - 1; k >= 0; k--) {
            Line l = lines.get(k);
            if (l.from() >= position || l.empty() || l.length() > 80) {
                continue;
            }
            String s = text.substring(l.from(), l.to()).toLowerCase(java.util.Locale.ROOT);
            if (s.contains("motie")) {
                return ItemKind.MOTION;
            }
            if (s.contains("toezegging")) {
                return ItemKind.COMMITMENT;
            }
        }
        return ItemKind.MOTION;
    }
}
