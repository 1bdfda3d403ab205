package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;

/** The body text of a letter: its paragraphs (not header, closing, footnotes or clauses) and their sentences. */
final class Prose {

    private Prose() {
    }

    /** Paragraphs of body text (not header, closing, footnotes or quoted clauses), joined. */
    static List<Joined> paragraphs(ReadingContext ctx, boolean includeClauses) {
        List<Joined> result = new ArrayList<>();
        Joined current = null;
        for (Line l : ctx.lines) {
            ctx.tick();
            boolean body = l.use == null || (includeClauses && l.use == LineRole.CLAUSE);
            if (l.blank() || !body) {
                if (current != null && (l.blank() || l.use != LineRole.FURNITURE && l.use != LineRole.FOOTNOTE
                        && l.use != LineRole.REPEATED)) {
                    result.add(current);
                    current = null;
                }
                continue;
            }
            if (current == null) {
                current = new Joined();
            }
            ctx.appendLine(current, l, l.trimmedStart(), l.end);
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }

    /**
     * The sentences of the body text: a sentence ends at the paragraph's end, or at ".", "!", "?" or ":" with a space
     * and a capital or an opening quote after it, unless it ends on an initial ("J. Jansen").
     */
    static List<Sentence> sentences(ReadingContext ctx) {
        List<Sentence> sentences = new ArrayList<>();
        List<Joined> ps = paragraphs(ctx, false);
        for (int p = 0; p < ps.size(); p++) {
            Joined j = ps.get(p);
            String s = j.toString();
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean end = i == s.length() - 1;
                if (!end && (c == '.' || c == '!' || c == '?' || c == ':') && i + 2 < s.length() && s.charAt(i + 1) == ' ') {
                    char next = s.charAt(i + 2);
                    boolean abbreviation = i >= 1 && Character.isUpperCase(s.charAt(i - 1))
                            && (i < 2 || s.charAt(i - 2) == ' ');
                    end = (Character.isUpperCase(next) || next == '‘' || next == '“' || next == '\'' || next == '"')
                            && !abbreviation;
                }
                if (end) {
                    String text = s.substring(start, i + 1).strip();
                    if (!text.isEmpty()) {
                        int lead = start;
                        while (lead < i && s.charAt(lead) == ' ') {
                            lead++;
                        }
                        sentences.add(new Sentence(text, j.span(lead, i + 1), p));
                    }
                    start = i + 1;
                }
            }
        }
        return sentences;
    }
}
