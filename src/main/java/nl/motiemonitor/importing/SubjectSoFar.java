package nl.motiemonitor.importing;

import java.util.Locale;
import java.util.Set;

/**
 * The lines of a subject so far, joined by spaces, counted as they come (one pass over each line): it goes on on the
 * next line while a quote is open, or it ends on a connector, or the next line starts in lower case.
 */
final class SubjectSoFar {

    private static final Set<String> CONNECTORS = Set.of("en", "van", "voor", "de", "het", "der", "in", "op", "&");

    private long open;
    private long close;
    private long straight;
    private long single;
    private String last = "";

    SubjectSoFar(String first) {
        add(first);
    }

    void add(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '‘' || c == '“') {
                open++;
            } else if (c == '’' || c == '”') {
                close++;
            } else if (c == '"') {
                straight++;
            } else if (c == '\'' && !(i > 0 && Character.isLetter(line.charAt(i - 1)) && i + 1 < line.length()
                    && Character.isLetter(line.charAt(i + 1)))) {
                single++; // an apostrophe inside a word ("Hertog's") does not open a quote
            }
        }
        last = line.strip().isEmpty() ? last : line;
    }

    boolean continuesWith(String next) {
        boolean unbalanced = open > close || straight % 2 == 1 || single % 2 == 1;
        return unbalanced || endsWithConnector(last) || !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    /** "Raad van", "Zorg en": the text ends on a word or sign that joins it to what follows. */
    static boolean endsWithConnector(String s) {
        if (Chars.endsWithAny(s, ",&-")) {
            return true;
        }
        int space = s.length() - 1;
        while (space >= 0 && !Chars.isSpace(s.charAt(space))) {
            space--;
        }
        return space >= 0 && CONNECTORS.contains(s.substring(space + 1).toLowerCase(Locale.ROOT));
    }
}
