package nl.motiemonitor.importing;

import java.util.Arrays;

/**
 * Text joined from pieces of the normalised text — lines broken by the PDF put back together, markers and markdown
 * left out — that remembers for each character where it came from, so a span can be given for any part of it.
 */
final class Joined {

    private final StringBuilder text = new StringBuilder();
    private int[] sources = new int[64];

    void add(char c, int source) {
        if (text.length() == sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[text.length()] = source;
        text.append(c);
    }

    /** Appends a space unless the text is empty or already ends with one. */
    void space(int source) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
            add(' ', source);
        }
    }

    void deleteLast() {
        if (text.length() > 0) {
            text.setLength(text.length() - 1);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The text itself, without copying it (for a matcher; not to be kept). */
    CharSequence chars() {
        return text;
    }

    char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    int sourceOf(int i) {
        return sources[i];
    }

    /** The span of the normalised text that joined characters {@code [from, to)} came from. */
    Span span(int from, int to) {
        if (text.length() == 0) {
            return new Span(0, 0);
        }
        from = Math.max(0, Math.min(from, text.length() - 1));
        to = Math.max(from + 1, Math.min(to, text.length()));
        int s = sources[from];
        int e = sources[to - 1] + 1;
        return new Span(Math.min(s, e), Math.max(s, e));
    }

    Span span() {
        return span(0, text.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
