package nl.motiemonitor.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reader's words, made ready for {@code websearch_to_tsquery('dutch', …)}: that function already understands
 * phrases in quotes, {@code -word} and English {@code or}, and never fails on odd input. Two things are added here:
 * the Dutch {@code OF} between two terms becomes {@code or} (otherwise it is a stop word and silently dropped), and
 * control characters are removed (PostgreSQL refuses NUL in text).
 */
public final class SearchText {

    /** Longer queries are refused with an explanation. */
    public static final int MAX_LENGTH = 500;

    private SearchText() {
    }

    public static String forWebsearch(String raw) {
        String text = clean(raw);
        List<String> tokens = new ArrayList<>();
        boolean inPhrase = false;
        for (String token : text.split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean standaloneOf = !inPhrase && token.toLowerCase(Locale.ROOT).equals("of");
            tokens.add(standaloneOf ? "\u0000of" : token);
            if ((token.chars().filter(c -> c == '"').count() & 1) == 1) {
                inPhrase = !inPhrase;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("\u0000of")) {
                boolean between = i > 0 && i < tokens.size() - 1 && !tokens.get(i - 1).equals("\u0000of");
                token = between ? "or" : "of";
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    /** The text with control characters turned into spaces and surrounding space removed. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || Character.isWhitespace(c)
                ? ' ' : c));
        return out.toString().strip();
    }
}
