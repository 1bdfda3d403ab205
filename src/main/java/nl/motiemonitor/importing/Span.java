package nl.motiemonitor.importing;

/** A stretch of the normalised text, {@code start} inclusive and {@code end} exclusive, for showing the source. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Ongeldige tekstpositie " + start + ".." + end);
        }
    }

    /** The snippet this span covers in {@code text}, clipped to its bounds. */
    public String of(String text) {
        int s = Math.min(start, text.length());
        int e = Math.min(end, text.length());
        return text.substring(s, e);
    }
}
