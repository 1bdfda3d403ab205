package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.HeaderLabels.LabelHit;

/**
 * A letter's header: the labelled fields (on a line of their own with the value below, or several on one line), the
 * registration numbers ("RIS123456"), the addressee, and the date of the letter. The lines it reads are marked.
 */
final class HeaderFields {

    private static final Pattern STANDALONE_RIS = Pattern.compile("(?i)^(?:ris[- ]?nummer\\s*+:?+\\s*+)?(RIS)\\s?-?\\s?(\\d{5,8})$");
    static final Pattern RIS_IN_TEXT = Pattern.compile("\\bRIS[\\s-]?(\\d{5,8})\\b");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+'-])[\\p{L}0-9._%+'-]++@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern ADDRESSEE_LINE = Pattern.compile(
            "^(?:aan(?:\\s*+:)?\\s++.+|aan\\s+de\\s+.+|de\\s+leden\\s+van\\s+.+|(?:aan\\s++)?de\\s++(?:gemeente)?raad(?:\\s++van\\s++.+)?|de\\s+voorzitter\\s+van\\s+de\\s+(?:tweede|eerste)\\s+kamer.*)$",
            ReadingContext.CI);
    private static final Pattern NO_VALUE = Pattern.compile("[-–—]+|(?i)n\\.?v\\.?t\\.?|geen|/");

    private final ReadingContext ctx;
    private final List<Line> lines;
    private final ClauseHeadings headings;
    private final Map<HeaderField, Sourced<String>> fields = new EnumMap<>(HeaderField.class);
    final List<Sourced<String>> registrationNumbers = new ArrayList<>();
    Sourced<String> addressee;

    HeaderFields(ReadingContext ctx, ClauseHeadings headings) {
        this.ctx = ctx;
        this.lines = ctx.lines;
        this.headings = headings;
    }

    /** The value of a field, or null. */
    Sourced<String> get(HeaderField field) {
        return fields.get(field);
    }

    boolean has(HeaderField field) {
        return fields.containsKey(field);
    }

    void read() {
        for (int i = 0; i < lines.size(); i++) {
            ctx.tick();
            Line l = lines.get(i);
            if (l.use != null && l.use != LineRole.REPEATED || l.blank()) {
                continue;
            }
            String s = l.trimmed();
            if (s.length() > 160) {
                continue;
            }
            int offset = l.trimmedStart();
            Matcher ris = ctx.matcher(STANDALONE_RIS, s.replace("*", ""));
            if (ris.matches()) {
                addRegistration("RIS" + ris.group(2), new Span(offset, offset + s.length()));
                l.use = LineRole.HEADER;
                continue;
            }
            LabelHit own = HeaderLabels.labelAt(s, 0, true);
            if (own != null) {
                l.use = LineRole.HEADER;
                readValueBelow(i, own.label().field());
                continue;
            }
            LabelHit first = HeaderLabels.labelAt(s, 0, false);
            if (first != null && isolated(i)) {
                l.use = LineRole.HEADER;
                readValuesOnTheLine(l, s, offset, first);
                continue;
            }
            if (addressee == null && s.length() < 100 && ctx.matches(ADDRESSEE_LINE, s)) {
                addressee = new Sourced<>(s.replace("*", "").strip(), new Span(offset, offset + s.length()));
                l.use = LineRole.HEADER;
            }
        }
    }

    /** The value of a label on a line of its own: the next line, for a subject or department the lines it goes on. */
    private void readValueBelow(int i, HeaderField f) {
        int k = nextContent(i, 3);
        if (k < 0 || isLabelLine(k) || headings.headingOf(lines.get(k).trimmed()) != null) {
            return;
        }
        List<Integer> valueLines = new ArrayList<>();
        valueLines.add(k);
        if (f == HeaderField.SUBJECT || f == HeaderField.DEPARTMENT || f == HeaderField.UNIT) {
            int last = k;
            SubjectSoFar subject = new SubjectSoFar(lines.get(k).trimmed());
            while (last + 1 < lines.size() && !lines.get(last + 1).blank() && lines.get(last + 1).use == null
                    && !isLabelLine(last + 1) && lines.get(last + 1).trimmed().length() < 160
                    && !ctx.matches(STANDALONE_RIS, lines.get(last + 1).trimmed())
                    && !endsSentence(lines.get(last).trimmed())
                    && (f != HeaderField.SUBJECT || subject.continuesWith(lines.get(last + 1).trimmed()))) {
                ctx.tick();
                valueLines.add(++last);
                subject.add(lines.get(last).trimmed());
            }
            if (f != HeaderField.SUBJECT && SubjectSoFar.endsWithConnector(lines.get(last).trimmed())) {
                int more = nextContent(last, 2);
                if (more >= 0 && !isLabelLine(more)) {
                    valueLines.add(more);
                }
            }
        }
        Joined j = new Joined();
        for (int v : valueLines) {
            Line vl = lines.get(v);
            vl.use = LineRole.HEADER;
            ctx.appendLine(j, vl, vl.trimmedStart(), vl.end);
        }
        setField(f, ctx.clean(j.toString()), j.span());
    }

    /** "Datum 3 maart 2026 Kenmerk 123": each inline label's value runs to the next label. */
    private void readValuesOnTheLine(Line l, String s, int offset, LabelHit first) {
        List<LabelHit> hits = new ArrayList<>();
        hits.add(first);
        int from = first.valueAt();
        while (from < s.length()) {
            LabelHit next = null;
            for (int at = from; at < s.length(); at++) {
                if (at > 0 && s.charAt(at - 1) == ' ') {
                    LabelHit h = HeaderLabels.labelAt(s, at, false);
                    if (h != null && h.label().inline()) {
                        next = h;
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
            hits.add(next);
            from = Math.max(next.valueAt(), next.at() + 1);
        }
        for (int h = 0; h < hits.size(); h++) {
            LabelHit hit = hits.get(h);
            int end = h + 1 < hits.size() ? hits.get(h + 1).at() : s.length();
            int vs = Math.min(hit.valueAt(), end);
            while (end > vs && s.charAt(end - 1) == ' ') {
                end--;
            }
            Joined j = new Joined();
            ctx.appendLine(j, l, offset + vs, offset + end);
            setField(hit.label().field(), ctx.clean(j.toString()), j.span());
        }
    }

    private boolean isLabelLine(int i) {
        String s = lines.get(i).trimmed();
        return s.length() < 120 && HeaderLabels.labelAt(s, 0, false) != null;
    }

    private int nextContent(int i, int maxBlanks) {
        int blanks = 0;
        for (int k = i + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank()) {
                if (++blanks > maxBlanks) {
                    return -1;
                }
                continue;
            }
            if (l.use != null && l.use != LineRole.REPEATED) {
                continue;
            }
            return k;
        }
        return -1;
    }

    /** Not inside a running paragraph (PDF text may have no blank lines around header lines). */
    private boolean isolated(int i) {
        if (lines.get(i).trimmed().length() > 100) {
            return false;
        }
        boolean before = i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).use != null || isLabelLine(i - 1)
                || lines.get(i - 1).trimmed().length() < 70 || Chars.endsWithAny(lines.get(i - 1).trimmed(), ".:;!?)");
        boolean after = i + 1 >= lines.size() || lines.get(i + 1).blank() || lines.get(i + 1).use != null
                || isLabelLine(i + 1) || lines.get(i + 1).trimmed().length() < 70
                || !Character.isLowerCase(lines.get(i + 1).trimmed().codePointAt(0));
        return before && after;
    }

    private static boolean endsSentence(String s) {
        return s.endsWith(".") || s.endsWith(":");
    }

    private void addRegistration(String number, Span span) {
        for (Sourced<String> r : registrationNumbers) {
            if (r.value().equals(number)) {
                return;
            }
        }
        registrationNumbers.add(new Sourced<>(number, span));
    }

    void setField(HeaderField field, String value, Span span) {
        if (value == null) {
            return;
        }
        value = withoutOuterStars(value).strip();
        if (value.isEmpty() || ctx.matches(NO_VALUE, value)) {
            return;
        }
        switch (field) {
            case YOUR_LETTER, COPY -> {
                return;
            }
            case REGISTRATION -> {
                Matcher m = ctx.matcher(RIS_IN_TEXT, value);
                addRegistration(m.find() ? "RIS" + m.group(1) : value, span);
                return;
            }
            case EMAIL -> {
                Matcher m = ctx.matcher(EMAIL, value);
                if (!m.find()) {
                    ctx.warn("reader.warning.email", value);
                } else {
                    value = m.group();
                }
            }
            case DATE -> {
                if (!Chars.hasDigit(value)) {
                    return; // "Datum PS :" with its value further on, or a glued table header: no date written here
                }
                Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(ctx.guard(value));
                if (d.isEmpty()) {
                    ctx.warn("reader.warning.date", value);
                }
            }
            case REFERENCE -> {
                Matcher m = ctx.matcher(RIS_IN_TEXT, value);
                if (m.matches()) {
                    addRegistration("RIS" + m.group(1), span);
                    return;
                }
            }
            default -> {
            }
        }
        Sourced<String> existing = fields.get(field);
        if (existing == null) {
            fields.put(field, new Sourced<>(value, span));
        } else if (!existing.value().equalsIgnoreCase(value)) {
            ctx.warn("reader.warning.twoValues", ReaderMessage.of("reader.field." + field.name()), existing.value(),
                    value);
        }
    }

    static String withoutOuterStars(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '*') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '*') {
            to--;
        }
        return s.substring(from, to);
    }

    /** The letter's date: its Datum field, else "Den Haag, 31 maart 2026" or a date on a line of its own (marked). */
    Sourced<LocalDate> date() {
        return LetterDate.find(ctx, fields.get(HeaderField.DATE));
    }
}
