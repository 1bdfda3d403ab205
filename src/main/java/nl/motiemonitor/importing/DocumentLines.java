package nl.motiemonitor.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first stage: the text split into its lines, and the page furniture among them ("Pagina 2 van 3", a page
 * number, the return address) and the lines a page repeats (a running header) marked as not body text.
 */
final class DocumentLines {

    private static final Pattern FURNITURE = Pattern.compile("(?iu)"
            + "^(?:retouradres\\b.*|(?:pagina|blz\\.?|page|blad)\\s*\\d+(?:\\s*(?:van|/|of)\\s*\\d+)?"
            + "|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3}"
            + "|deze brief is (?:elektronisch|digitaal|automatisch) .*|(?:datum|onze referentie) \\d.*van\\s+\\d+)$");
    /** A bullet or a number that opens an item of a list: "•", "-", "1.", "a)", "(iii)". */
    static final Pattern BULLET = Pattern.compile(
            "^(?:[•·◦▪▫‣∙●○■□➢➤►\\-–—*]\\s+|\\(?(?:\\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})[.)]\\s+)");

    private DocumentLines() {
    }

    /** Fills the context's lines and marks furniture and repeated lines. */
    static void read(ReadingContext ctx, ClauseHeadings headings) {
        splitLines(ctx);
        markFurniture(ctx, headings);
    }

    static void splitLines(ReadingContext ctx) {
        String t = ctx.t;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n') {
                ctx.lines.add(new Line(start, i, t.substring(start, i)));
                start = i + 1;
            }
        }
    }

    static void markFurniture(ReadingContext ctx, ClauseHeadings headings) {
        Map<String, Integer> seen = new HashMap<>();
        for (Line l : ctx.lines) {
            ctx.tick();
            String s = l.trimmed();
            if (s.isEmpty() || s.length() > ReadingContext.LONG_LINE) {
                continue;
            }
            if (ctx.matches(FURNITURE, s)) {
                l.use = LineRole.FURNITURE;
                continue;
            }
            String key = ctx.replaceAll(ReadingContext.WHITESPACE, s.replace("*", ""), " ").toLowerCase(Locale.ROOT);
            if (key.length() >= 3 && headings.headingOf(s) == null && !ctx.finds(BULLET, s)) {
                if (seen.merge(key, 1, Integer::sum) > 1) {
                    l.use = LineRole.REPEATED;
                }
            }
        }
    }

    /** Whether line {@code i} is blank, furniture or repeated: nothing that breaks a paragraph. */
    static boolean isBlankOrFurniture(ReadingContext ctx, int i) {
        Line l = ctx.lines.get(i);
        return l.blank() || l.use == LineRole.FURNITURE || l.use == LineRole.REPEATED;
    }
}
