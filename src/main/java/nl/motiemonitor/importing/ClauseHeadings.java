package nl.motiemonitor.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;

/**
 * Whether a line opens a motion's clauses, and of what kind: "Constaterende, dat:", "verzoekt het college", or in
 * plain language "De indieners vinden dat".
 */
final class ClauseHeadings {


    /** What may stand before a heading's verb: "en", "voorts", and the assembly itself ("De raad draagt … op"). */
    private static final String PREFIX = "^(?:en\\s++)?(?:(?:de\\s++|het\\s++)?(?:raad|gemeenteraad|kamer|provinciale\\s++staten|staten"
            + "|(?:algemeen\\s++)?bestuur)\\s++(?=(?:verzoek|draag|drag|spre|roep)\\p{L}{0,3}+\\b))?+(?:(?:voorts|tevens|verder|mede|ook"
            + "|daarnaast|nog|bovendien|eveneens|bovenal)\\s++)?";
    private static final String ADDRESSEE = "(?:het\\s+college(?:\\s+van\\s+(?:burgemeester\\s+en\\s+wethouders|b\\s*(?:&|en)\\s*w))?"
            + "|de\\s+regering|de\\s+minister(?:-president)?(?:\\s+van\\s+[\\p{L} ]{3,60}?)?|de\\s+staatssecretaris(?:\\s+van\\s+[\\p{L} ]{3,60}?)?"
            + "|de\\s+burgemeester|het\\s+presidium|het\\s+dagelijks\\s+bestuur|gedeputeerde\\s+staten|het\\s+bestuur"
            + "|de\\s+griffie|de\\s+griffier|het\\s+seniorenconvent|de\\s+raad|het\\s+kabinet|b\\s*(?:&|en)\\s*w)";

    /** Words that may follow the addressee before the request: "verzoekt de regering tevens,". */
    private static final String AFTER_ADDRESSEE = "(?:\\s+(?:daarom|dan\\s+ook|tevens|voorts|verder|ook|eveneens|bovendien|nogmaals))?";
    /** Nothing but a colon or comma after a bare verb, up to the end of the line. */
    private static final String BARE_TAIL = "(?:\\s++(?:daarom|dan\\s++ook|voorts|tevens|verder))?+\\s*+[:,]?+\\s*+$";

    /**
     * A heading; {@code needsDat}: only with "dat", a colon or a comma after it; {@code keepsVerb}: its clause starts at
     * the verb (group "keep"), as the words after the verb are the clause.
     */
    private record Heading(ClauseKind kind, Pattern pattern, boolean needsDat, boolean keepsVerb) {

        Heading(ClauseKind kind, Pattern pattern, boolean needsDat) {
            this(kind, pattern, needsDat, false);
        }
    }

    private static final List<Heading> HEADINGS = List.of(
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:con|kon)sta\\p{L}*+(?<=nde|end)\\b", ReadingContext.CI), true),
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:vaststellende|stelt\\s+vast|gelezen\\s+hebbende)\\b", ReadingContext.CI), true),
            new Heading(ClauseKind.CONSIDERING, Pattern.compile(PREFIX + "(?:overw\\p{L}*+(?<=gend|gende)|in\\s+overweging\\s+nemende"
                    + "|in\\s+aanmerking\\s+nemende|gelet\\s+op\\s+het\\s+feit|van\\s+oordeel\\s+zijnde)\\b", ReadingContext.CI), true),
            new Heading(ClauseKind.OPINION, Pattern.compile(PREFIX + "(?:(?:is\\s+)?van\\s+mening|(?:is\\s+)?van\\s+oordeel"
                    + "|spreekt\\s+(?:als\\s+(?:haar|zijn|diens)\\s+(?:mening|oordeel|wens|overtuiging)\\s+)?uit"
                    + "|betreurt|meent)\\b", ReadingContext.CI), true),
            new Heading(ClauseKind.OPINION, Pattern.compile(PREFIX + "(?<keep>spreekt)\\s++(?:haar|zijn|diens|hun|de|het)\\s++"
                    + "(?:\\p{L}++\\s++){1,3}?uit\\b", ReadingContext.CI), false, true),
            new Heading(ClauseKind.REQUEST, Pattern.compile(PREFIX + "(?:verzoekt|verzoeken|vraagt)"
                    + "(?:\\s+daarom|\\s+dan\\s+ook)?\\s+" + ADDRESSEE + AFTER_ADDRESSEE + "\\b", ReadingContext.CI), false),
            new Heading(ClauseKind.REQUEST, Pattern.compile(PREFIX + "(?:roept|roepen|nodigt)"
                    + "(?:\\s+daarom|\\s+dan\\s+ook)?\\s+" + ADDRESSEE + AFTER_ADDRESSEE + "(?:\\s+(?:op|uit))?\\b", ReadingContext.CI), false),
            new Heading(ClauseKind.INSTRUCTION, Pattern.compile(PREFIX + "(?:draagt|dragen)(?:\\s+daarom)?\\s+" + ADDRESSEE
                    + "(?:\\s+daarom)?\\s+op\\b", ReadingContext.CI), false),
            // the verb alone on its line, its addressee on the next: "Verzoekt:", "verzoekt voorts,", "Draagt op:"
            new Heading(ClauseKind.REQUEST, Pattern.compile(PREFIX + "(?:verzoekt|verzoeken|roept\\s++op|roepen\\s++op)"
                    + BARE_TAIL, ReadingContext.CI), false),
            new Heading(ClauseKind.INSTRUCTION, Pattern.compile(PREFIX + "(?:draagt|dragen)\\s++op" + BARE_TAIL, ReadingContext.CI), false));

    /** A capitalised name (of a party group): the case-insensitive flag is off for its first letter. */
    private static final String NAME = "(?-i:\\p{Lu})[\\p{L}&/'-]*+";
    /**
     * Plain-language headings: "De indieners hoorden dat", "… vinden dat", "… roepen het college op om". The names
     * ("GroenLinks, D66 en PvdA") are read word by word without giving back: each word once (issue 12.4).
     */
    private static final Pattern PLAIN_HEADING = Pattern.compile(
            "^(?:(?:de\\s+)?(indieners|ondergetekenden|raad|gemeenteraad|kamer|staten|(?:algemeen\\s++)?bestuur|fracties?\\s++[^,.;:\\s][^,.;:]{0,59}?|wij|we|" + NAME
                    + "(?:\\s*+(?:,|en)\\s*+" + NAME + "){0,5}+))\\s++"
                    + "(hoorden|hoorde|zagen|zag|lazen|las|merkten|merkte|weten|constateren|stellen\\s+vast|zien"
                    + "|denken|overwegen|vinden|vindt|willen|roepen\\s+" + ADDRESSEE + "\\s+op|vragen\\s+" + ADDRESSEE + ")"
                    + "\\s*+(?:,\\s*+)?(?:dat\\b|om\\b|:|$)", ReadingContext.CI);
    /** The assembly speaking of itself in a plain-language heading. */
    private static final Set<String> ASSEMBLY = Set.of("raad", "gemeenteraad", "kamer", "staten", "bestuur", "algemeen bestuur");
    /** What may follow a heading before its clause starts: ", dat:", "om", ":". */
    private static final Pattern HEADING_TAIL = Pattern.compile(
            "^\\s*+,?+\\s*+(?:(?:dat|om)\\b\\s*+:?+|:)?+\\s*+,?+\\s*+", ReadingContext.CI);
    /** A heading that needs "dat" has it, or a colon or comma, after optional spaces. */
    private static final Pattern DAT_OR_COLON = Pattern.compile("^\\s*+(?:dat\\b|[:,])", ReadingContext.CI);

    /** A heading of this kind; its clause, if on the same line, starts at {@code restAt}. */
    record HeadingHit(ClauseKind kind, int restAt) {
    }

    private final ReadingContext ctx;

    ClauseHeadings(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /** The formal heading ("Overwegende dat") that {@code s} starts with, or null. */
    HeadingHit headingOf(String s) {
        if (s.length() > ReadingContext.LONG_LINE) {
            return null;
        }
        String plain = s.replace("*", "");
        int shift = s.length() - plain.length();
        for (Heading h : HEADINGS) {
            Matcher m = ctx.matcher(h.pattern(), plain);
            if (m.find()) {
                int rest = m.end();
                String after = plain.substring(rest);
                Matcher tail = ctx.matcher(HEADING_TAIL, after);
                tail.find();
                boolean hasDatOrColon = after.isBlank() || ctx.matcher(DAT_OR_COLON, after).lookingAt();
                if (h.needsDat() && !hasDatOrColon) {
                    continue;
                }
                if (h.keepsVerb()) {
                    // "Spreekt haar afkeuring uit over …": the words between the verb and "uit" are the opinion
                    int keep = m.start("keep");
                    return new HeadingHit(h.kind(), keep + (shift > 0 ? countStars(s, keep) : 0));
                }
                return new HeadingHit(h.kind(), Math.min(s.length(), rest + tail.end() + (shift > 0 ? countStars(s, rest + tail.end()) : 0)));
            }
        }
        return null;
    }

    /**
     * A heading after a bullet ("- Verzoekt het college: - A; - B"), as registers render a label and its value, when
     * its items follow inline on the same line; or null.
     */
    HeadingHit inlineListHeadingOf(String s) {
        Matcher b = ctx.matcher(DocumentLines.BULLET, s);
        if (!b.find()) {
            return null;
        }
        HeadingHit h = headingOf(s.substring(b.end()));
        if (h == null || DictumItems.inlineItems(ctx, s.substring(b.end() + h.restAt())).length == 0) {
            return null;
        }
        return new HeadingHit(h.kind(), b.end() + h.restAt());
    }

    /** The asterisks in {@code s} before its {@code plainIndex}-th other character. */
    static int countStars(String s, int plainIndex) {
        int stars = 0;
        int p = 0;
        for (int i = 0; i < s.length() && p < plainIndex; i++) {
            if (s.charAt(i) == '*') {
                stars++;
            } else {
                p++;
            }
        }
        return stars;
    }

    /**
     * The plain-language heading that {@code s} starts with, or null; outside a block of clauses only the indieners,
     * ondergetekenden or a fractie may speak.
     */
    HeadingHit plainHeadingOf(String s, boolean inBlock) {
        if (s.length() > 300) {
            return null;
        }
        Matcher m = ctx.matcher(PLAIN_HEADING, s.replace("*", ""));
        if (!m.find()) {
            return null;
        }
        String who = m.group(1).toLowerCase(Locale.ROOT);
        boolean assembly = ASSEMBLY.contains(who.replaceAll("\\s+", " "));
        if (!inBlock && !who.startsWith("indieners") && !who.startsWith("ondergetekenden") && !who.startsWith("fractie")
                && !(assembly && s.substring(Math.min(s.length(), m.end())).isBlank())) {
            // the assembly itself ("De raad vindt dat") opens a block only as a heading alone on its line: in a
            // letter's prose the sentence goes on
            return null;
        }
        String verb = m.group(2).toLowerCase(Locale.ROOT);
        ClauseKind kind = verb.startsWith("roepen") || verb.startsWith("vragen") || verb.startsWith("willen") ? ClauseKind.REQUEST
                : verb.startsWith("vind") || verb.startsWith("denken") ? ClauseKind.OPINION
                : verb.startsWith("overwegen") ? ClauseKind.CONSIDERING
                : ClauseKind.NOTING;
        return new HeadingHit(kind, Math.min(s.length(), m.end() + countStars(s, m.end())));
    }
}
