package nl.motiemonitor.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the items of a motion's clause block are told apart, beyond their bullets: the preamble formulas that are no
 * clause, a heading's rest that only names whom the motion addresses, and a paragraph that goes on with the item
 * before it.
 */
final class DictumItems {

    /**
     * The formulas of the preamble ("Gehoord de beraadslaging(en)", "gelet op artikel 32 van het Reglement van Orde"):
     * they say how the assembly came to its decision, never what it notes or asks. "Gelet op het feit dat" opens
     * considerations and is a heading.
     */
    private static final Pattern PREAMBLE = Pattern.compile(
            "^(?:(?:en|de\\s++raad|de\\s++staten|de\\s++kamer)\\s*+,?\\s*+)?(?:gehoord\\s++de\\s++beraadslaging"
                    + "|gelet\\s++op\\s++(?!het\\s++feit\\b))", ReadingContext.CI);
    /** The nouns of an addressee in lower case: "het college van dijkgraaf en hoogheemraden". */
    private static final Set<String> ADDRESSEE_WORDS = Set.of("van", "de", "het", "der", "den", "en", "&", "college",
            "dijkgraaf", "hoogheemraden", "heemraden", "burgemeester", "wethouders", "gedeputeerde", "staten", "dagelijks",
            "algemeen", "bestuur", "regering", "minister", "ministers", "staatssecretaris", "kabinet", "raad", "voorzitter",
            "presidium", "griffier", "griffie", "b&w", "waterschap", "hoogheemraadschap", "provincie", "gemeente");

    /** A bullet inside a line after ";" or ":" (or at its start): the items of a dictum flattened into one line. */
    private static final Pattern INLINE_BULLET = Pattern.compile("(?:^|(?<=[;:]))\\s*+[-–•]\\s++");

    private DictumItems() {
    }

    /** Whether the line is a formula of the preamble, which ends the item before it and is no clause itself. */
    static boolean isPreamble(ReadingContext ctx, String line) {
        return ctx.finds(PREAMBLE, line.replace("*", "").strip());
    }

    /**
     * Whether the rest of a heading line only names the addressee ("Verzoekt het college | van dijkgraaf en
     * hoogheemraden:"): every word an article, "van", "en", a capitalised name or a noun of an office, and no
     * infinitive. Such a rest is no clause: the request itself follows.
     */
    static boolean isAddresseeOnly(String rest) {
        String r = Chars.withoutTrailing(rest.replace("*", "").strip(), ":,; ").strip();
        if (r.isEmpty()) {
            return false;
        }
        String[] words = r.split(" ++", 13);
        if (words.length > 12) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!ADDRESSEE_WORDS.contains(lower) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a paragraph without a bullet, after a blank line, goes on with the bulleted item before it: PDF line
     * breaks survive as blank lines inside items. It does when it starts in lower case, or when the item so far
     * stopped mid-sentence (no ";", ".", ",", ":", "!" or "?" at its end).
     */
    static boolean continuesItem(CharSequence itemSoFar, String line) {
        String next = line.replace("*", "").strip();
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        char last = lastChar(itemSoFar);
        return last != 0 && ";.,:!?".indexOf(last) < 0;
    }

    /**
     * Whether {@code line} starts a new item after the item so far, in text without blank lines between paragraphs:
     * the item ended on ";", or on "." or ":" before a capital.
     */
    static boolean breaksItem(CharSequence itemSoFar, String line) {
        String next = line.replace("*", "").strip();
        char last = lastChar(itemSoFar);
        if (last == 0 || next.isEmpty()) {
            return false;
        }
        return last == ';' || (last == '.' || last == ':') && Character.isUpperCase(next.codePointAt(0));
    }

    /** The last character that is no space or asterisk, or 0. */
    private static char lastChar(CharSequence s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '*' || Chars.isSpace(s.charAt(end - 1)))) {
            end--;
        }
        return end == 0 ? 0 : s.charAt(end - 1);
    }

    /** Where the item's text starts after its bullet, past a second marker ("• - item"). */
    static int bulletEnd(String s, int end) {
        int e = end;
        if (e + 1 < s.length() && "•·-–—▪◦".indexOf(s.charAt(e)) >= 0 && Chars.isSpace(s.charAt(e + 1))) {
            e += 2;
            while (e < s.length() && Chars.isSpace(s.charAt(e))) {
                e++;
            }
        }
        return e;
    }

    /**
     * The items of a heading's rest that lists them inline ("- A; - B; - C"), as {start, end} pairs into the rest, or
     * none: it must start with a bullet and hold at least two.
     */
    static int[] inlineItems(ReadingContext ctx, String rest) {
        java.util.regex.Matcher m = ctx.matcher(INLINE_BULLET, rest);
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        while (m.find()) {
            if (starts.isEmpty() && m.start() != 0) {
                return new int[0];
            }
            starts.add(m.start());
            ends.add(m.end());
        }
        if (starts.size() < 2) {
            return new int[0];
        }
        int[] items = new int[starts.size() * 2];
        for (int k = 0; k < starts.size(); k++) {
            items[2 * k] = ends.get(k);
            items[2 * k + 1] = k + 1 < starts.size() ? starts.get(k + 1) : rest.length();
        }
        return items;
    }

    /**
     * A bulleted item's text after the introduction that its items share ("de Inspectie aan te moedigen om:" +
     * "meer te controleren;"), so that each item reads on its own.
     */
    static String withIntro(String intro, String item) {
        return intro == null || intro.isEmpty() ? item : intro + " " + item;
    }
}
