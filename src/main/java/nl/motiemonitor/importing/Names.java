package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People's names in a text: a line that is a name, and the names (with their party) that start a phrase. */
final class Names {

    private static final Pattern MISTER = Pattern.compile("^(?:de\\s+heer|mevrouw|mevr\\.|mw\\.|dhr\\.|mr\\.|dr\\.|drs\\.|ir\\.)\\s+",
            ReadingContext.CI);
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:van|de|der|den|het|ten|ter|te|op|in|'t|’t|la|le|du|da|von|zu|el|al|bin|uit|vander|del|dos|das)",
            ReadingContext.CI);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("^\\s*(?:,|\\s(?:en|and)\\s|,\\s*en\\s)\\s*+");
    private static final Pattern PARTY_AFTER_NAME = Pattern.compile("(?<!\\s)\\s*+\\([^()]{1,60}+\\)");

    private final ReadingContext ctx;

    Names(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /** "J.H. de Vries": a short line of capitalised words and particles, starting with a capital, no digits. */
    boolean isNameLine(String s) {
        if (s.length() < 3 || s.length() > 60 || s.endsWith(",") || Chars.hasDigit(s)) {
            return false;
        }
        String[] tokens = ctx.split(ReadingContext.WHITESPACE, s, 0);
        if (tokens.length > 7) {
            return false;
        }
        boolean upper = false;
        for (String tok : tokens) {
            if (Character.isUpperCase(tok.codePointAt(0))) {
                upper = true;
            } else if (!ctx.matches(PARTICLE, tok)) {
                return false;
            }
        }
        return upper && Character.isUpperCase(s.codePointAt(0));
    }

    /** Names at the start of {@code s}: "de heer Grinwis de ingediende" → [Grinwis]; "A (CDA) en B" → [A, B]. */
    List<int[]> nameRanges(String s) {
        List<int[]> result = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            ctx.tick();
            Matcher mr = ctx.matcher(MISTER, s).region(i, s.length());
            if (mr.lookingAt()) {
                i = mr.end();
            }
            int start = i;
            int lastCapitalEnd = -1;
            int p = i;
            while (p < s.length()) {
                int e = p;
                while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ',' && s.charAt(e) != '('
                        && s.charAt(e) != ')') {
                    e++;
                }
                if (e == p) {
                    break;
                }
                String tok = s.substring(p, e);
                if (Character.isUpperCase(tok.codePointAt(0)) && tok.length() > 1) {
                    lastCapitalEnd = e;
                } else if (!ctx.matches(PARTICLE, tok) && !isInitial(tok)) {
                    break;
                }
                p = e;
                while (p < s.length() && s.charAt(p) == ' ') {
                    p++;
                }
                if (p < s.length() && (s.charAt(p) == ',' || s.charAt(p) == '(')) {
                    break;
                }
            }
            if (lastCapitalEnd < 0) {
                break;
            }
            result.add(new int[] {start, lastCapitalEnd});
            int q = lastCapitalEnd;
            while (q < s.length() && s.charAt(q) == ' ') {
                q++;
            }
            if (q < s.length() && s.charAt(q) == '(') {
                int close = s.indexOf(')', q);
                q = close < 0 ? s.length() : close + 1;
            }
            Matcher sep = ctx.matcher(NAME_SEPARATOR, s).region(q, s.length());
            if (!sep.lookingAt()) {
                break;
            }
            i = sep.end();
            if (result.size() > 12) {
                break;
            }
        }
        return result;
    }

    /** "J." or "K": a capital, with or without its full stop. */
    static boolean isInitial(String tok) {
        int first = tok.isEmpty() ? 0 : tok.codePointAt(0);
        int n = Character.charCount(first);
        return !tok.isEmpty() && Character.getType(first) == Character.UPPERCASE_LETTER
                && (tok.length() == n || tok.length() == n + 1 && tok.charAt(n) == '.');
    }

    /** The names' ranges, each widened over a party group in brackets right after it: "Jansen (D66)". */
    List<int[]> withParty(String s, List<int[]> names) {
        List<int[]> widened = new ArrayList<>();
        for (int[] r : names) {
            Matcher party = ctx.matcher(PARTY_AFTER_NAME, s).region(r[1], s.length());
            widened.add(party.lookingAt() ? new int[] {r[0], party.end()} : r);
        }
        return widened;
    }

    /**
     * "Jansen (D66), De Vries (CDA)" → "Jansen, De Vries": each bracket with the white space before it, up to the
     * first ")" after it. In Java rather than a pattern: "((((…" without a ")" would make a pattern read on to the
     * end from every "(".
     */
    static String withoutBrackets(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i == 0 || !Chars.isSpace(s.charAt(i - 1))) {
                int open = i;
                while (open < s.length() && Chars.isSpace(s.charAt(open))) {
                    open++;
                }
                if (open < s.length() && s.charAt(open) == '(') {
                    int close = s.indexOf(')', open + 1);
                    if (close < 0) {
                        break; // no bracket closes after this one, nor after any later one
                    }
                    i = close + 1;
                    continue;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.append(s, Math.min(i, s.length()), s.length()).toString();
    }
}
