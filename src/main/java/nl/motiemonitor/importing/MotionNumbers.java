package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Motion numbers in the shapes councils write them: "Motie 166/2018", "M 16", "M-168", "RG-221/2014", "2014-11",
 * "2024M17", "RIS307041", Kamerstukken "33 959, nr. 5" and the chair's "Zij krijgt nr. 5 (33 959).", and the
 * Eerste Kamer's "(EK 34.300 IV, P)". A number is given as written (the Kamer's sentence excepted, which becomes
 * "33959-5"); matching it to a stored motion ignores case, spaces, punctuation and words like "nr." (the database's
 * {@code search_number_key}, V13).
 */
final class MotionNumbers {

    /** How a number was found: after the word "motie", as a Kamerstuk, by the chair, or as an Eerste Kamer letter. */
    enum Shape { MENTION, KAMERSTUK, CHAIR, EERSTE_KAMER, BRACKETED }

    /** A number as found: the text, and where it is in the string searched. */
    record Found(String number, int start, int end, Shape shape) {
    }

    /** A motion's heading: "Motie 166/2018: Meer groen in de wijk", with the number (or null) and the title after it. */
    record Heading(Found number, String title, int titleStart) {
    }

    /** One number token: optional letters, digits, and up to three more parts after / . or -. */
    private static final String TOKEN = "(?:RIS\\s?-?\\d{5,8}+"
            + "|\\p{Lu}{1,4}+(?:[ -]?+\\d{1,6}+)(?:[/.-][\\p{L}\\d]{1,6}+){0,3}+"
            + "|\\d{1,6}+(?:\\p{Lu}\\d{1,4}+)?+(?:[/.-][\\p{L}\\d]{1,6}+){0,3}+)";
    /**
     * A registration number in brackets after a motion's name: "de motie Groene schoolpleinen (M2023-45)". Only a
     * number with letters or parts ("M2023-45", "2021/88"), not "(2019)" or "(3)"; whether it is a motion's is up to
     * the words before it.
     */
    private static final Pattern BRACKETED = Pattern.compile(
            "\\(\\s*+((?=[\\p{Lu}\\d]{0,6}+[\\p{Lu}/.-])" + TOKEN + ")\\s*+\\)");
    private static final Pattern KAMERSTUK = Pattern.compile(
            "(?<![\\d.])(\\d{2}[ .]?\\d{3}(?:[ -](?:[IVXLC]{1,6}+|[A-Z]{1,3}+))?+),?+\\s*+[nN][rR]\\.?+\\s*+(\\d{1,4}+)(?!\\d)");
    private static final Pattern CHAIR = Pattern.compile(
            "(?i)\\b(?:zij|hij|deze\\s+motie)\\s+krijgt\\s+(?:nr\\.?|nummer)\\s*(\\d{1,4}+)\\s*\\(\\s*(\\d{2}\\s?\\d{3}+(?:-[A-Z0-9]{1,6}+)?+)\\s*\\)");
    private static final Pattern EERSTE_KAMER = Pattern.compile(
            "\\(\\s*+(?:EK\\s++)?(\\d{2}[.\\s]?\\d{3}(?:\\s+[A-Z]{1,5}+)?+,\\s*+[A-Z]{1,3}+)\\s*+\\)");
    private static final Pattern MENTION = Pattern.compile(
            "(?iu)\\bmotie(?:nummer)?[\\s-]*+(?:\\(\\s*+)?(?:(?:nr\\.?+|nummer)\\s*+)?:?\\s*+(?-i:(" + TOKEN + "))(?![\\p{L}\\d])");
    private static final Pattern HEADING = Pattern.compile(
            "(?iu)^\\s*+(?:gewijzigde\\s++|aangehouden\\s++)?motie(?!\\p{L})(?:\\s++vreemd\\s++aan\\s++de\\s++orde(?:\\s++van\\s++de\\s++dag)?+)?+"
                    + "\\s*+(?:(?:nr\\.?+|nummer)\\s*+:?\\s*+)?(?:(?-i:(" + TOKEN + "))(?![\\p{L}\\d])\\s*+)?(?:[:–—-]\\s*+)?(.*)$");

    private MotionNumbers() {
    }

    /** A heading line that starts with "Motie": its number, if any, and the title that follows. */
    static Optional<Heading> heading(CharSequence line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Found number = m.group(1) == null ? null : new Found(m.group(1), m.start(1), m.end(1), Shape.MENTION);
        return Optional.of(new Heading(number, m.group(2).strip(), m.start(2)));
    }

    /** The number the chair gives a motion in the Kamer: "Zij krijgt nr. 5 (33 959)." is 33959-5. */
    static Optional<Found> chair(CharSequence text) {
        Matcher chair = CHAIR.matcher(text);
        return chair.find() ? Optional.of(new Found(chair.group(2).replaceAll("\\s", "") + "-" + chair.group(1),
                chair.start(), chair.end(), Shape.CHAIR)) : Optional.empty();
    }

    /** Every motion number in {@code text}, in order: after "motie", as a Kamerstuk, by the chair, of the EK. */
    static List<Found> in(CharSequence text) {
        TreeMap<Integer, Found> found = new TreeMap<>();
        chair(text).ifPresent(f -> found.put(f.start(), f));
        Matcher kamerstuk = KAMERSTUK.matcher(text);
        while (kamerstuk.find()) {
            add(found, new Found(tidy(kamerstuk.group()), kamerstuk.start(), kamerstuk.end(), Shape.KAMERSTUK));
        }
        Matcher eersteKamer = EERSTE_KAMER.matcher(text);
        while (eersteKamer.find()) {
            add(found, new Found(tidy(eersteKamer.group(1)), eersteKamer.start(1), eersteKamer.end(1),
                    Shape.EERSTE_KAMER));
        }
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            add(found, new Found(tidy(mention.group(1)), mention.start(1), mention.end(1), Shape.MENTION));
        }
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            add(found, new Found(tidy(bracketed.group(1)), bracketed.start(1), bracketed.end(1), Shape.BRACKETED));
        }
        return new ArrayList<>(found.values());
    }

    /** The number as stored: a number found as a Kamerstuk or by the chair is kept as written, spaces tidied. */
    static String tidy(String number) {
        return number.strip().replaceAll("\\s+", " ");
    }

    /**
     * Adds the candidate unless it overlaps a number found before. What is kept never overlaps, so only the neighbours
     * by start need a look: a text with a hundred thousand numbers is not compared a hundred thousand times each.
     */
    private static void add(TreeMap<Integer, Found> found, Found candidate) {
        Map.Entry<Integer, Found> before = found.floorEntry(candidate.start());
        Map.Entry<Integer, Found> after = found.ceilingEntry(candidate.start());
        boolean overlaps = before != null && overlap(before.getValue(), candidate)
                || after != null && overlap(after.getValue(), candidate);
        if (!overlaps) {
            found.put(candidate.start(), candidate);
        }
    }

    private static boolean overlap(Found a, Found b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
