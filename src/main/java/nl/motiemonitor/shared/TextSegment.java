package nl.motiemonitor.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A piece of running text, optionally followed by a footnote marker. Sources keep their text clean and store
 * markers apart (marker + the words they follow); pages put them back with {@link #split}.
 */
public record TextSegment(String text, String marker) {

    /** A footnote marker that stands right after the first occurrence of {@code anchor}. */
    public record Anchor(String marker, String anchor) {
    }

    public static List<TextSegment> split(String text, List<Anchor> anchors) {
        record Placed(int end, String marker) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Anchor anchor : anchors) {
            int at = text.indexOf(anchor.anchor());
            if (at >= 0) {
                placed.add(new Placed(at + anchor.anchor().length(), anchor.marker()));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::end));
        List<TextSegment> segments = new ArrayList<>();
        int start = 0;
        for (Placed p : placed) {
            segments.add(new TextSegment(text.substring(start, p.end()), p.marker()));
            start = p.end();
        }
        if (start < text.length() || segments.isEmpty()) {
            segments.add(new TextSegment(text.substring(start), null));
        }
        return segments;
    }
}
