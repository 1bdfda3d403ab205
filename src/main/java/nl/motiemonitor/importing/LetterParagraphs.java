package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A letter's text as a clerk wants to keep it: one paragraph per paragraph, separated by a blank line. A PDF breaks
 * each paragraph at its line ends, often with blank lines between the lines, and splits words with a hyphen; these
 * are joined again. A line that ends a sentence, a list item, and the short lines of an address, a heading or a
 * signature stay apart.
 */
public final class LetterParagraphs {

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[•·◦▪‣●○■□➢►*\\-–—]\\s|\\(?(?:\\d{1,2}|[a-h])[.)]\\s)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['’\"”)]?$");
    private static final Pattern WORD_AFTER_DASH = Pattern.compile("^(?:en|of|tot|en/of)\\b.*");
    /** A line shorter than this is not a wrapped line of prose: an address, a heading, a name. */
    private static final int SHORT_LINE = 45;

    private LetterParagraphs() {
    }

    public static String join(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<StringBuilder> paragraphs = new ArrayList<>();
        String previous = null;
        boolean blankBefore = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (previous != null && continues(previous, line, blankBefore)) {
                append(paragraphs.get(paragraphs.size() - 1), line);
            } else {
                paragraphs.add(new StringBuilder(line));
            }
            previous = line;
            blankBefore = false;
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * Whether {@code line} goes on with the paragraph whose last line was {@code previous}: that was a full line of
     * prose that did not end its sentence, and {@code line} is no list item; after a blank line, only when it also
     * starts in lower case, where no sentence can start.
     */
    private static boolean continues(String previous, String line, boolean blankBefore) {
        if (LIST_ITEM.matcher(line).find() || SENTENCE_END.matcher(previous).find()) {
            return false;
        }
        boolean lowerCase = Character.isLowerCase(line.codePointAt(0));
        return blankBefore ? lowerCase && previous.length() >= SHORT_LINE
                : previous.length() >= SHORT_LINE || lowerCase && !previous.endsWith(",");
    }

    /** Adds a line to its paragraph; a word split by a hyphen at the line end ("ont-" "wikkeling") is made whole. */
    private static void append(StringBuilder paragraph, String line) {
        int end = paragraph.length();
        boolean split = end > 1 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2))
                && Character.isLowerCase(line.codePointAt(0)) && !WORD_AFTER_DASH.matcher(line).matches();
        if (split) {
            paragraph.setLength(end - 1);
        } else {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }
}
