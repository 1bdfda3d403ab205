package nl.motiemonitor.harvest.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of names as sources write them in one field: "J. Jansen (VVD), P. de Vries (D66) en K. Bakker (CDA)",
 * iBabs's "Passier, C.E. (Charlotte) (Volt);Zwanenberg, P. (Pepijn) (LINK)", or parties "CDA, SGP en VVD". Names are
 * split at semicolons, line breaks, commas, "&" and the word "en", never inside parentheses, and a surname written
 * before its initials ("Passier, C.E.") stays one name. Each name is kept as the source writes it.
 */
public final class NameLists {

    /** A part that holds only initials, perhaps with a first name or party after it: "C.E. (Charlotte) (Volt)". */
    private static final Pattern INITIALS_ONLY = Pattern.compile("^(?:\\p{Lu}\\p{Ll}?\\.\\s*)+(?:\\([^()]*\\)\\s*)*$");
    /** A name that has its initials already: "J. Jansen", "A. de Weerd". */
    static final Pattern HAS_INITIALS = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:en|and|&)\\s+");

    private NameLists() {
    }

    /** The names in a field, in the source's order; empty for no text. */
    public static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return names;
        }
        List<String> parts = new ArrayList<>();
        List<Boolean> afterComma = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean comma = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            boolean and = depth == 0 && text.regionMatches(true, i, " en ", 0, 4);
            if (depth == 0 && (and || ";\n\r,&".indexOf(c) >= 0)) {
                add(parts, afterComma, current, comma);
                comma = c == ',';
                i += and ? 2 : 0;
                continue;
            }
            current.append(c);
        }
        add(parts, afterComma, current, comma);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int last = names.size() - 1;
            if (last >= 0 && afterComma.get(i) && INITIALS_ONLY.matcher(part).matches()
                    && !names.get(last).contains("(") && !HAS_INITIALS.matcher(names.get(last)).find()) {
                names.set(last, names.get(last) + ", " + part);
            } else {
                names.add(part);
            }
        }
        return names;
    }

    private static void add(List<String> parts, List<Boolean> afterComma, StringBuilder current, boolean comma) {
        String part = LEADING_AND.matcher(current.toString().strip()).replaceFirst("").strip().replaceAll("\\s+", " ");
        current.setLength(0);
        if (!part.isEmpty()) {
            parts.add(part);
            afterComma.add(comma);
        }
    }
}
