package nl.motiemonitor.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a Kamerstuk as printed (officielebekendmakingen.nl, the Kamer's site): the dossier line with its title
 * ("29 279 Rechtsstaat en Rechtsorde") and the piece's own heading ("Nr. 874 BRIEF VAN DE MINISTER VAN JUSTITIE EN
 * VEILIGHEID"). A letter without an Onderwerp or Betreft takes its subject from the one and its sender from the other.
 */
final class KamerstukHead {

    /** A dossier number, as a Kamerstuk starts: "36 547", "36 600 B", "32 749 Bestuursakkoord 2011–2015". */
    static final Pattern DOSSIER_LINE = Pattern.compile("^(\\d{2}\\s?\\d{3}+(?:[ -](?:[IVXLC]{1,6}+|[A-Z]{1,3}+)(?!\\p{L}))?+)(?:\\s|$)");
    private static final Pattern DOSSIER_TITLE = Pattern.compile("^\\d{2}\\s?\\d{3}+(?:[ -](?:[IVXLC]{1,6}+|[A-Z]{1,3}+)(?!\\p{L}))?+"
            + "\\s++(\\p{L}[^\\n]{2,200}+)$");
    private static final Pattern LETTER_OF = Pattern.compile("(?i)^(?:nr\\.?\\s*+[\\w-]{1,8}+\\s++)?brief\\s++van\\s++(?:de|het)\\s++"
            + "([^\\n]{5,200}+)$");
    /** Only the first lines are a head. */
    private static final int HEAD_LINES = 60;

    private KamerstukHead() {
    }

    /** "Rechtsstaat en Rechtsorde": the title on the dossier line, when the text has the heading of a letter. */
    static Sourced<String> subject(ReadingContext ctx) {
        if (letterHeading(ctx) == null) {
            return null;
        }
        return firstMatch(ctx, DOSSIER_TITLE);
    }

    /** "MINISTER VAN JUSTITIE EN VEILIGHEID": who the heading says the letter is from. */
    static Sourced<String> sender(ReadingContext ctx) {
        return letterHeading(ctx);
    }

    private static Sourced<String> letterHeading(ReadingContext ctx) {
        return firstMatch(ctx, LETTER_OF);
    }

    private static Sourced<String> firstMatch(ReadingContext ctx, Pattern pattern) {
        int seen = 0;
        for (Line l : ctx.lines) {
            if (seen++ > HEAD_LINES) {
                break;
            }
            if (l.blank()) {
                continue;
            }
            String s = l.trimmed();
            Matcher m = ctx.matcher(pattern, s);
            if (m.matches()) {
                String value = m.group(1).strip();
                int start = l.trimmedStart() + m.start(1);
                return new Sourced<>(value, new Span(start, start + value.length()));
            }
        }
        return null;
    }
}
