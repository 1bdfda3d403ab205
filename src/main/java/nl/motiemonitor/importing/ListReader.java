package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ListCells.Field;
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
    /** "3.", "3.1", "3a", and the letters of a sub-list "a." or "b)": an agenda's numbering before an item. */
    private static final Pattern ENUMERATION = Pattern.compile("(?:\\d{1,3}+\\.(?:\\d{1,2}+\\.?+)?+[a-z]?+|[a-z][.)])(?:\\s|$)");
    private static final Pattern REFERENCE = Pattern.compile("(?:de\\s++)?[Mm]otie(?:-|\\s++van\\s++(?:het\\s++lid\\s++|de\\s++leden\\s++)?)"
            + "\\p{Lu}[^\\n]{0,160}?\\sover\\s");
    private static final Pattern DECISIONS = Pattern.compile(
            "(?im)\\bbesluitenlijst|^[ ]*+besluit(?:en)?+\\b|\\bstemmingen\\s++(?:over\\s++)?moties|^[ ]*+stemmingen\\b");
    private static final Pattern LETTER = Pattern.compile("(?i)\\b(?:geachte|hoogachtend|met\\s++vriendelijke\\s++groet)");
    private static final Pattern CLAUSE = Pattern.compile("(?im)^[ ]*+(?:constaterende|overwegende|verzoekt|draagt\\s++het)");
    /** A dash and an outcome after an item's title on its line: " - verworpen met 10 stemmen voor en 17 tegen". */
    private static final Pattern OUTCOME_AFTER_DASH = Pattern.compile("(?<!\\s)\\s{1,3}+[-–—]\\s{1,3}+(?=(?:\\S++\\s++){0,2}?"
            + ListCells.STATUS_WORD.pattern().substring("(?iu)".length()) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What dates an item in the text under it: "Aangenomen op 9 november 2023", "Toegezegd op …". */
    private static final Pattern DATE_CUE = Pattern.compile(
            "(?i)\\b(?:aangenomen|toegezegd|ingediend|gedaan|vastgesteld)\\s++(?:op|d\\.d\\.|in\\s++de\\s++vergadering\\s++van)\\s++");
    /** The label of an item's progress in the text under it: "Stand van zaken:". */
    private static final Pattern PROGRESS_LABEL = Pattern.compile("(?i)\\b(?:stand\\s++van\\s++zaken|voortgang)\\s*+:\\s*+");
    private static final Pattern VOTE = Pattern.compile("(?i)\\bis\\s++(aangenomen|verworpen|ingetrokken|aangehouden)\\b");

    private final String text;
    private final CharSequence g;
    private final List<Line> lines;
    private final ReadingDeadline deadline;
    private final boolean us;
    private final ListEntries entries;

    private ListReader(String text, ReadingDeadline deadline) {
        this.text = text;
        this.g = deadline.guard(text);
        this.lines = ListCells.lines(g);
        this.deadline = deadline;
        this.us = ListCells.usesUsDates(g);
        this.entries = new ListEntries(text, g, lines, deadline, us);
    }

    /**
     * What a text holds for the list reader: the entries of a list, or, when it is no list, the first register entry of
     * the text (the fields of one motion's page in a council information system: "- Titel" / "- …",
     * "StatusAangenomen"), or neither.
     */
    record Found(List<ListItem> items, ListItem registered) {
    }

    /** The entries of a list, or else the first register entry, read in one pass over the text's lines. */
    static Found find(String normalised, ReadingDeadline deadline) {
        if (normalised == null || normalised.isBlank() || KindDecision.isData(normalised)) {
            return new Found(List.of(), null);
        }
        ListReader r = new ListReader(normalised, deadline);
        List<ListItem> items = r.items();
        return new Found(items, items.isEmpty() ? r.entries.records(false).stream().findFirst().orElse(null) : null);
    }

    /** The entries of {@code normalised} when it is a list, or empty when it is not (or has no entry). */
    static Optional<List<ListItem>> read(String normalised, ReadingDeadline deadline) {
        if (normalised == null || normalised.isBlank() || KindDecision.isData(normalised)) {
            return Optional.empty();
        }
        List<ListItem> items = new ListReader(normalised, deadline).items();
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    /** The entries, from the first of the four shapes that has any. */
    private List<ListItem> items() {
        List<ListItem> items = table();
        if (items.isEmpty()) {
            items = entries.records(true);
        }
        if (items.isEmpty()) {
            items = codeLines();
        }
        if (items.isEmpty()) {
            items = references();
        }
        return List.copyOf(items);
    }

    private List<ListItem> table() {
        List<ListItem> items = new ArrayList<>();
        for (Map<Field, Span> row : ListTable.rows(g, lines, us, deadline)) {
            items.add(entries.row(row));
        }
        return items;
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
            // "Hondenbelasting afschaffen (VVD) - verworpen met 10 stemmen voor": the outcome after a dash ends the title
            Matcher outcome = OUTCOME_AFTER_DASH.matcher(g).region(f[3], f[4]);
            int titleEnd = outcome.find() ? outcome.start() : f[4];
            Sourced<LocalDate> date = ListCells.date(g, f[3], titleEnd, us);
            Matcher cue = DATE_CUE.matcher(g).region(line.to(), Math.max(line.to(), blockEnd));
            if (date == null && cue.find()) {
                date = ListCells.date(g, cue.end(), Math.min(blockEnd, cue.end() + 30), us);
            }
            Matcher progress = PROGRESS_LABEL.matcher(g).region(line.to(), Math.max(line.to(), blockEnd));
            Sourced<String> itemText = progress.find() ? ListCells.text(g, progress.end(), blockEnd) : null;
            Sourced<String> status = itemText != null ? statusIn(progress.end(), blockEnd) : null;
            status = status != null ? status : titleEnd < f[4] ? statusIn(titleEnd, f[4]) : statusIn(line.to(), blockEnd);
            boolean commitment = ListCells.COMMITMENT_CODE.matcher(g).region(f[1], f[2]).lookingAt();
            items.add(new ListItem(number, ListCells.text(g, f[3], titleEnd),
                    commitment ? ItemKind.COMMITMENT : ListEntries.kind(text, lines, line.from()), date == null ? meeting : date,
                    status, null, itemText, new Span(line.from(), Math.max(line.to(), blockEnd))));
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
            items.add(new ListItem(ListCells.text(g, ns, ne), ListCells.text(g, titleStart, titleEnd), ListEntries.kind(text, lines, line.from()), date,
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
}
