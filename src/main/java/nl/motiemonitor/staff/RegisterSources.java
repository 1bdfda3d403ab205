package nl.motiemonitor.staff;

import java.util.List;

import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.Sourced;
import nl.motiemonitor.importing.Span;

/**
 * Where each entry of a list document was read, for the register preview: the entry's text, abbreviated with its
 * lines kept, and the sentence a status was read from when the list says it in prose ("De motie is uitgevoerd, …")
 * rather than in a status of its own, so that the clerk can check a row against the document.
 */
final class RegisterSources {

    /** About as much of an entry as the preview shows, in characters. */
    static final int SNIPPET = 300;

    /** How far before a status word its sentence is shown, in characters. */
    private static final int BEFORE = 150;

    private RegisterSources() {
    }

    /** The source of each entry of {@code list}, in its order. */
    static List<RegisterTable.RowSource> of(ReadDocument list) {
        String text = list.text() == null ? "" : list.text();
        return list.items().stream().map(item -> new RegisterTable.RowSource(
                item.source() == null ? null : snippet(item.source().of(text)),
                statusSentence(text, item.status()))).toList();
    }

    /**
     * {@code text} readable in a few lines: spaces and tabs as one space, no empty lines, at most {@link #SNIPPET}
     * characters (cut after a word, with "…"); null when nothing is left.
     */
    static String snippet(String text) {
        String lines = String.join("\n", text.lines().map(line -> line.replaceAll("[\\s\\u00a0]+", " ").strip())
                .filter(line -> !line.isEmpty()).toList());
        if (lines.isEmpty()) {
            return null;
        }
        if (lines.length() <= SNIPPET) {
            return lines;
        }
        int cut = SNIPPET - 1;
        while (cut > SNIPPET * 2 / 3 && !Character.isWhitespace(lines.charAt(cut))) {
            cut--;
        }
        return lines.substring(0, cut).strip() + "…";
    }

    /**
     * The sentence around a status word in {@code text}, when the status was read from prose; null when it stood on
     * its own (a status cell, "Status\nAfgedaan") or there is none.
     */
    static String statusSentence(String text, Sourced<String> status) {
        Span span = status == null ? null : status.source();
        if (span == null) {
            return null;
        }
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        if (start >= end) {
            return null;
        }
        int from = start;
        while (from > 0 && !cellEdge(text, from - 1) && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !cellEdge(text, to)) {
            to++;
            if (sentenceEnd(text, to - 1)) {
                break;
            }
        }
        String word = words(text.substring(start, end));
        boolean cut = from < start - BEFORE;
        String sentence = text.substring(cut ? start - BEFORE : from, to);
        if (words(sentence).equalsIgnoreCase(word)) {
            return null;
        }
        String shown = snippet(sentence.replace('\n', ' '));
        return shown == null ? null : cut ? "…" + shown : shown;
    }

    /**
     * What separates the cells of a flattened table or the lines of a document: a line end, a bar, a bullet, or two
     * spaces or more (the reader's normal form writes a tab as three).
     */
    private static boolean cellEdge(String text, int i) {
        char c = text.charAt(i);
        boolean gap = c == ' ' && (i > 0 && text.charAt(i - 1) == ' ' || i + 1 < text.length() && text.charAt(i + 1) == ' ');
        return "\n\t|•".indexOf(c) >= 0 || gap;
    }

    /** Whether {@code text} ends a sentence at {@code i}: a stop followed by the line's end or a capital. */
    private static boolean sentenceEnd(String text, int i) {
        if (".!?".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int j = i + 1;
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || text.charAt(j) == '\n' || Character.isUpperCase(text.charAt(j));
    }

    /** The words of a snippet without the punctuation and spacing around them. */
    private static String words(String text) {
        return text.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ");
    }
}
