package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Footnote;

/**
 * Footnotes: their bodies ("1 Kamerstuk 33 959, nr. 3" at the foot of a page) and their markers in the text
 * (superscripts, or digits glued to a word when a body with that number exists). A body without a marker is no
 * footnote. The markers go into the context, so that joined text leaves them out; the bodies' lines are marked.
 */
final class Footnotes {

    static final Pattern FOOTNOTE_BODY = Pattern.compile("^(\\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\\s++(\\S.*)$");
    static final Pattern SUPERSCRIPT = Pattern.compile("(?<=[^\\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})");
    static final Pattern GLUED_DIGITS = Pattern.compile("(?<=[\\p{L}.,;:)’”'\"])(\\d{1,2})(?=[\\s.,;:)]|$)");

    private Footnotes() {
    }

    /** The footnotes of the text, in the order of their markers. */
    static List<Footnote> read(ReadingContext ctx) {
        List<Line> lines = ctx.lines;
        // 1. candidate bodies: "1 Kamerstuk …" after a blank line or another body, continued until a blank line
        Map<String, int[]> bodies = new LinkedHashMap<>();
        Map<String, List<Integer>> bodyLines = new HashMap<>();
        BitSet inBody = new BitSet(lines.size());
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            ctx.tick();
            Line l = lines.get(i);
            String s = l.trimmed();
            if (l.blank()) {
                current = null;
                continue;
            }
            if (l.use != null || s.length() > ReadingContext.LONG_LINE) {
                continue;
            }
            Matcher m = ctx.matcher(FOOTNOTE_BODY, s);
            boolean afterBreak = i == 0 || DocumentLines.isBlankOrFurniture(ctx, i - 1) || current != null
                    || Chars.endsWithAny(lines.get(i - 1).trimmed(), ".;:!?)"); // PDF text: no blank line above footnotes
            if (m.matches() && afterBreak && !ctx.finds(DocumentLines.BULLET, s)) {
                current = digits(m.group(1));
                bodies.put(current, new int[] {i, i});
                bodyLines.computeIfAbsent(current, k -> new ArrayList<>()).add(i);
                inBody.set(i);
            } else if (current != null && continuesFootnote(lines.get(bodies.get(current)[1]).trimmed(), s)) {
                bodies.get(current)[1] = i;
                bodyLines.get(current).add(i);
                inBody.set(i);
            } else {
                current = null;
            }
        }
        // 2. markers: superscripts always; glued digits only when a body with that number exists, in order
        for (Line l : lines) {
            ctx.tick();
            if (l.use != null || l.text.length() > ReadingContext.LONG_LINE) {
                continue;
            }
            Matcher m = ctx.matcher(SUPERSCRIPT, l.text);
            while (m.find()) {
                addMarker(ctx, l.start + m.start(1), l.start + m.end(1), digits(m.group(1)));
            }
        }
        int expected = 1;
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            ctx.tick();
            if (l.use != null || l.text.length() > ReadingContext.LONG_LINE || inBody.get(li)) {
                continue;
            }
            Matcher m = ctx.matcher(GLUED_DIGITS, l.text);
            while (m.find()) {
                String n = m.group(1);
                int number = Integer.parseInt(n);
                if (bodies.containsKey(n) && number >= expected) {
                    addMarker(ctx, l.start + m.start(1), l.start + m.end(1), n);
                    expected = number + 1;
                }
            }
        }
        // 3. keep the bodies that have a marker; their lines are not body text
        Set<String> marked = new HashSet<>();
        for (Marker mk : ctx.markers.values()) {
            marked.add(mk.marker());
        }
        Map<String, String> footnoteTexts = new HashMap<>();
        for (Map.Entry<String, int[]> e : bodies.entrySet()) {
            if (!marked.contains(e.getKey())) {
                continue;
            }
            Joined j = new Joined();
            for (int i : bodyLines.get(e.getKey())) {
                Line l = lines.get(i);
                l.use = LineRole.FOOTNOTE;
                ctx.appendLine(j, l, l.trimmedStart(), l.end);
            }
            String body = withoutFirstWord(j.toString()).strip();
            footnoteTexts.put(e.getKey(), body);
        }
        List<Footnote> footnotes = new ArrayList<>();
        for (Marker mk : ctx.markers.values()) {
            footnotes.add(new Footnote(mk.marker(), mk.anchor(), -1, footnoteTexts.get(mk.marker()),
                    new Span(mk.start(), mk.end())));
        }
        return footnotes;
    }

    /** Without a blank line after it (PDF text), a footnote goes on only where its last line clearly does. */
    static boolean continuesFootnote(String previous, String line) {
        if (previous.endsWith("-") || previous.endsWith(",")) {
            return true;
        }
        return !Chars.endsWithAny(previous, ".;:!?") && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    /** "1 Kamerstuk 33 959" → "Kamerstuk 33 959": the text after the first word and the spaces after it. */
    static String withoutFirstWord(String s) {
        int i = 0;
        while (i < s.length() && !Chars.isSpace(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i == s.length()) {
            return s;
        }
        while (i < s.length() && Chars.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static void addMarker(ReadingContext ctx, int start, int end, String marker) {
        String t = ctx.t;
        int a = start;
        while (a > 0 && !Character.isWhitespace(t.charAt(a - 1))) {
            a--;
        }
        String anchor = t.substring(a, start).replace("*", "");
        int lead = 0;
        while (lead < anchor.length() && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~‘“".indexOf(anchor.charAt(lead)) >= 0) {
            lead++;
        }
        String trimmedAnchor = anchor.substring(lead);
        ctx.markers.put(start, new Marker(start, end, marker, trimmedAnchor));
    }

    /** Superscript digits as plain ones: "¹²" → "12". */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            b.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return b.toString();
    }
}
