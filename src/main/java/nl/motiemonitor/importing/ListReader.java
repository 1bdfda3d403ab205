package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ListCells.Field;
import nl.motiemonitor.importing.ListCells.LabelHit;
import nl.motiemonitor.importing.ListCells.Line;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.importing.ReadDocument.ListItem;

/**
 * Whether a text is a LIST (a register or tracker of motions and commitments, a termijnagenda, a besluitenlijst, a
 * Kamer list of motions voted on) and its entries. Four shapes, tried in turn: a register table ({@link ListTable});
 * tracker entries of label/value fields that follow a motion up (a "Stand van zaken", "Einddatum" or "Afgedaan" with
 * a value, or a commitment with a status); lines led by item codes ("M034. Titel", "T-010 …", in a decision list also
 * "Motie 2024M17 …"); and lines naming motions with their Kamerstuk ("de motie-Van Aalst over … (35300-A, nr. 15);").
 * A single motion with a status line, a letter citing motions and JSON or XML data are not lists.
 */
final class ListReader {

    private static final Pattern CODE_LINE = Pattern.compile("(?:(?:[Mm]otie|[Tt]oezegging)\\s++)?(" + ListCells.CODE
            + ")(?:\\s*+[.:)]|\\s*+[–-])?+\\s++([\\p{L}\"‘'(][^\\n]{2,400}+)");
    private static final Pattern ENUMERATION = Pattern.compile("\\d{1,3}+\\.(?:\\d{1,2}+\\.?+)?+[a-z]?+(?:\\s|$)");
    private static final Pattern REFERENCE = Pattern.compile("(?:de\\s++)?[Mm]otie(?:-|\\s++van\\s++(?:het\\s++lid\\s++|de\\s++leden\\s++)?)"
            + "\\p{Lu}[^\\n]{0,160}?\\sover\\s");
    private static final Pattern DECISIONS = Pattern.compile(
            "(?im)\\bbesluitenlijst|^[ ]*+besluit(?:en)?+\\b|\\bstemmingen\\s++(?:over\\s++)?moties|^[ ]*+stemmingen\\b");
    private static final Pattern LETTER = Pattern.compile("(?i)\\b(?:geachte|hoogachtend|met\\s++vriendelijke\\s++groet)");
    private static final Pattern CLAUSE = Pattern.compile("(?im)^[ ]*+(?:constaterende|overwegende|verzoekt|draagt\\s++het)");
    private static final Pattern VOTE = Pattern.compile("(?i)\\bis\\s++(aangenomen|verworpen|ingetrokken|aangehouden)\\b");

    private final String text;
    private final CharSequence g;
    private final List<Line> lines;
    private final ReadingDeadline deadline;
    private final boolean us;

    private ListReader(String text, ReadingDeadline deadline) {
        this.text = text;
        this.g = deadline.guard(text);
        this.lines = ListCells.lines(g);
        this.deadline = deadline;
        this.us = ListCells.usesUsDates(g);
    }

    /**
     * The first register entry of the text, followed up or not: the fields (number, title, date, status) of one motion's
     * page in a council information system ("- Titel" / "- …", "StatusAangenomen"), which is no list.
     */
    static Optional<ListItem> firstEntry(String normalised, ReadingDeadline deadline) {
        if (normalised == null || normalised.isBlank() || KindDecision.isData(normalised)) {
            return Optional.empty();
        }
        return new ListReader(normalised, deadline).records(false).stream().findFirst();
    }

    /** The entries of {@code normalised} when it is a list, or empty when it is not (or has no entry). */
    static Optional<List<ListItem>> read(String normalised, ReadingDeadline deadline) {
        if (normalised == null || normalised.isBlank() || KindDecision.isData(normalised)) {
            return Optional.empty();
        }
        ListReader r = new ListReader(normalised, deadline);
        List<ListItem> items = r.table();
        if (items.isEmpty()) {
            items = r.records(true);
        }
        if (items.isEmpty()) {
            items = r.codeLines();
        }
        if (items.isEmpty()) {
            items = r.references();
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(items));
    }

    private List<ListItem> table() {
        List<ListItem> items = new ArrayList<>();
        for (Map<Field, Span> row : ListTable.rows(g, lines, us, deadline)) {
            Fields f = new Fields();
            row.forEach((field, span) -> f.put(field, span));
            int start = row.values().stream().mapToInt(Span::start).min().orElse(0);
            int end = row.values().stream().mapToInt(Span::end).max().orElse(0);
            items.add(f.item(null, null, new Span(start, end)));
        }
        return items;
    }

    // ---------------------------------------------------------------- tracker entries

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

        boolean followedUp() {
            return byField.containsKey(Field.PROGRESS) || byField.containsKey(Field.DUE)
                    || byField.containsKey(Field.DONE_DATE) || byField.containsKey(Field.DONE);
        }

        ListItem item(Sourced<String> code, Sourced<String> codeTitle, Span source) {
            Sourced<String> number = get(Field.NUMBER, Field.ID);
            number = number == null ? code : number;
            Sourced<String> title = get(Field.TITLE);
            title = title == null ? codeTitle : title;
            title = title == null ? get(Field.CONTENT) : title;
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
            return new ListItem(number, title, commitment ? ItemKind.COMMITMENT : kind(source.start()),
                    date(Field.DATE, Field.AGENDA), status, date(Field.DUE), itemText, source);
        }
    }

    /**
     * Tracker entries: runs of label lines ("NummerM104-2021", "Status\n\nvalue"). An entry counts when it names its
     * item and follows it up (or is a commitment with a status): a motion page with only a status line does not.
     */
    private List<ListItem> records(boolean followedUpOnly) {
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

    // ---------------------------------------------------------------- code lines and references

    /** Lines led by an item code: two or more, or one in a decision list; a motion's own heading is not a list. */
    private List<ListItem> codeLines() {
        boolean decisions = DECISIONS.matcher(g).find();
        List<int[]> found = new ArrayList<>();
        Matcher m = CODE_LINE.matcher(g);
        for (int i = 0; i < lines.size(); i++) {
            deadline.check();
            Line line = lines.get(i);
            if (line.empty()) {
                continue;
            }
            if (m.region(line.from(), line.to()).matches()) {
                found.add(new int[] {i, m.start(1), m.end(1), m.start(2), m.end(2)});
            } else if (decisions && line.length() > 6) {
                int from = skipEnumeration(line);
                int index = i;
                MotionNumbers.heading(g.subSequence(from, line.to())).filter(h -> h.number() != null && !h.title().isEmpty())
                        .ifPresent(h -> found.add(new int[] {index, from + h.number().start(), from + h.number().end(),
                                from + h.titleStart(), line.to()}));
            }
        }
        long clauses = CLAUSE.matcher(g).results().count();
        long codes = found.stream().map(f -> text.substring(f[1], f[2])).distinct().count();
        if (found.isEmpty() || codes == 1 && (!decisions || clauses >= 2)) {
            return List.of();
        }
        Sourced<LocalDate> meeting = decisions ? ListCells.date(g, 0, lines.get(found.get(0)[0]).from(), us) : null;
        List<ListItem> items = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            int[] f = found.get(n);
            Line line = lines.get(f[0]);
            int blockEnd = blockEnd(f[0], n + 1 < found.size() ? found.get(n + 1)[0] : lines.size());
            Sourced<String> number = ListCells.text(g, f[1], f[2]);
            Sourced<LocalDate> date = ListCells.date(g, f[3], f[4], us);
            Sourced<String> status = statusIn(line.to(), blockEnd);
            boolean commitment = ListCells.COMMITMENT_CODE.matcher(g).region(f[1], f[2]).lookingAt();
            items.add(new ListItem(number, ListCells.text(g, f[3], f[4]), commitment ? ItemKind.COMMITMENT : kind(line.from()),
                    date == null ? meeting : date, status, null, null, new Span(line.from(), Math.max(line.to(), blockEnd))));
        }
        return items;
    }

    private int skipEnumeration(Line line) {
        Matcher e = ENUMERATION.matcher(g).region(line.from(), line.to());
        int p = e.lookingAt() ? e.end() : line.from();
        while (p < line.to() && g.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** Where the prose after an item ends: at the next item, an enumerated heading or six lines on. */
    private int blockEnd(int lineIndex, int nextItem) {
        int end = lines.get(lineIndex).to();
        for (int k = lineIndex + 1, seen = 0; k < nextItem && seen < 6; k++) {
            Line l = lines.get(k);
            if (l.empty()) {
                continue;
            }
            if (ENUMERATION.matcher(g).region(l.from(), l.to()).lookingAt()) {
                break;
            }
            seen++;
            end = l.to();
        }
        return end;
    }

    private Sourced<String> statusIn(int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher s = ListCells.STATUS_WORD.matcher(g).region(from, to);
        return s.find() ? ListCells.text(g, s.start(), s.end()) : null;
    }

    /**
     * Lines naming motions with their number ("de motie-Van Aalst over … (35300-A, nr. 15);", "Motie van Haverkamp
     * over … (29 628, nr. 77) stand van zaken"): three or more, not in a letter unless it is a list of votes.
     */
    private List<ListItem> references() {
        Matcher m = REFERENCE.matcher(g);
        List<ListItem> items = new ArrayList<>();
        for (Line line : lines) {
            deadline.check();
            if (line.empty() || !m.region(line.from(), line.to()).lookingAt()) {
                continue;
            }
            MotionNumbers.Found number = MotionNumbers.in(g.subSequence(line.from(), line.to())).stream().findFirst().orElse(null);
            if (number == null) {
                continue;
            }
            int ns = line.from() + number.start();
            int ne = line.from() + number.end();
            int titleEnd = ns;
            while (titleEnd > line.from() && " ([,".indexOf(g.charAt(titleEnd - 1)) >= 0) {
                titleEnd--;
            }
            int titleStart = g.charAt(line.from()) == 'd' ? line.from() + 3 : line.from();
            Sourced<LocalDate> date = ListCells.date(g, line.from(), ns, us);
            if (date != null && date.source().start() < titleEnd) {
                titleEnd = date.source().start();
                while (titleEnd > titleStart && g.charAt(titleEnd - 1) == ' ') {
                    titleEnd--;
                }
            }
            int rest = ne;
            while (rest < line.to() && " );.".indexOf(g.charAt(rest)) >= 0) {
                rest++;
            }
            Sourced<String> status = vote(number.number(), line.to());
            items.add(new ListItem(ListCells.text(g, ns, ne), ListCells.text(g, titleStart, titleEnd), kind(line.from()), date,
                    status, null, ListCells.text(g, rest, line.to()), new Span(line.from(), line.to())));
        }
        boolean letter = LETTER.matcher(g).find() && !DECISIONS.matcher(g).find();
        return items.size() >= 3 && !letter ? items : List.of();
    }

    /** The outcome of the vote on a motion: "… (35300-A, nr. 15). … Ik constateer dat deze motie is aangenomen." */
    private Sourced<String> vote(String number, int from) {
        int at = text.indexOf(number, from);
        if (at < 0) {
            return null;
        }
        Matcher v = VOTE.matcher(g).region(at, Math.min(text.length(), at + 600));
        return v.find() ? ListCells.text(g, v.start(1), v.end(1)) : null;
    }

    /** COMMITMENT under a heading about toezeggingen (and not about moties), else MOTION. */
    private ItemKind kind(int position) {
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
