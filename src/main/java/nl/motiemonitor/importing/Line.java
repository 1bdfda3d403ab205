package nl.motiemonitor.importing;

/** One line of the normalised text, {@code [start, end)}, and why it is not body text, if it is not. */
final class Line {
    final int start;
    final int end;
    final String text;
    LineRole use; // null = body; otherwise why it is not body text

    Line(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    boolean blank() {
        return text.isBlank();
    }

    String trimmed() {
        return text.strip();
    }

    int trimmedStart() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return start + i;
    }
}
