package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every stage of one reading shares: the normalised text and its lines (each with its {@link LineRole}), the
 * footnote markers, the warnings so far, and the deadline. Every matcher a stage makes on the text comes from here,
 * through the deadline, so that even what nobody foresaw stops at the {@link ReadingDeadline}.
 */
final class ReadingContext {

    /** Lines longer than this are not looked at for headings, labels or names (they are still read as text). */
    static final int LONG_LINE = 2_000;
    /** At most this many warnings; a hostile text would otherwise bring one per line. */
    static final int MAX_WARNINGS = 50;
    /** The flags of the reader's case-insensitive patterns. */
    static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The normalised text. */
    final String t;
    final ReadingDeadline deadline;
    final List<ReaderMessage> warnings;
    final List<Line> lines = new ArrayList<>();
    /** Footnote markers by where they start: left out wherever lines are joined. */
    final TreeMap<Integer, Marker> markers = new TreeMap<>();
    private int ticks;

    ReadingContext(String t, List<ReaderMessage> warnings, ReadingDeadline deadline) {
        this.t = t;
        this.deadline = deadline;
        this.warnings = new ArrayList<>(warnings);
    }

    // ------------------------------------------------------------------------------------------------ the deadline

    /** A matcher on document text that stops at the deadline. */
    Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(deadline.guard(text));
    }

    boolean matches(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).matches();
    }

    boolean finds(Pattern pattern, CharSequence text) {
        return matcher(pattern, text).find();
    }

    String replaceAll(Pattern pattern, CharSequence text, String replacement) {
        return matcher(pattern, text).replaceAll(replacement);
    }

    String[] split(Pattern pattern, CharSequence text, int limit) {
        return pattern.split(deadline.guard(text), limit);
    }

    /** The text, read through the deadline: for what is not a pattern of this package. */
    CharSequence guard(CharSequence text) {
        return deadline.guard(text);
    }

    /** For loops that match nothing: looks at the clock every 256 steps. */
    void tick() {
        if ((++ticks & 0xFF) == 0) {
            deadline.check();
        }
    }

    /** Adds a warning, up to {@value #MAX_WARNINGS} of them. */
    void warn(String code, Object... arguments) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(ReaderMessage.of(code, arguments));
        } else if (warnings.size() == MAX_WARNINGS) {
            warnings.add(ReaderMessage.of("reader.warning.more"));
        }
    }

    // ------------------------------------------------------------------------------------------------ joining

    /** Appends normalised text {@code [from, to)}, leaving out footnote markers and markdown asterisks. */
    void appendLine(Joined j, Line l, int from, int to) {
        if (j.length() > 0) {
            char last = j.last();
            int lastIndex = j.length() - 1;
            char first = from < to ? t.charAt(from) : ' ';
            if (last == '-' && lastIndex > 0 && Character.isLowerCase(j.charAt(lastIndex - 1))
                    && Character.isLowerCase(first)) {
                j.deleteLast(); // "bestuur-" + "lijke" → "bestuurlijke"
            } else if (last == '-' && lastIndex > 0 && Character.isLetter(j.charAt(lastIndex - 1))) {
                // "’s-" + "Hertogenbosch": keep the hyphen, no space
            } else {
                j.space(Math.max(0, from - 1));
            }
        }
        int i = from;
        while (i < to) {
            Map.Entry<Integer, Marker> mk = markers.floorEntry(i);
            if (mk != null && i >= mk.getValue().start() && i < mk.getValue().end()) {
                i = mk.getValue().end();
                continue;
            }
            char c = t.charAt(i);
            if (c == '*') {
                i++;
                continue;
            }
            if (c == ' ' || c == '\n') {
                j.space(i);
            } else {
                j.add(c, i);
            }
            i++;
        }
    }

    /** White space runs as one space, none around. */
    String clean(String s) {
        return replaceAll(WHITESPACE, s, " ").strip();
    }

    /** The index of the first line that starts at or after {@code offset} (lines are in the order of the text). */
    int firstLineFrom(int offset) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lines.get(mid).start < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
