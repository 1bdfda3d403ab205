package nl.motiemonitor.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of motion and commitment registers for {@link ListReader}: the labels of tracker fields and table
 * columns (iBabs, Notubiz, lta.nu, begroting appendices), item codes ("M104-2021", "2024M17", "T-010"), dates as the
 * registers write them (US "7/5/2021" in iBabs exports) and what kind of cell a value is.
 */
final class ListCells {

    /** What a label or column holds. */
    enum Field { ID, NUMBER, TITLE, CONTENT, COMMITMENT, STATUS, DATE, DUE, PROGRESS, DONE, DONE_DATE, AGENDA, PARTY, PERSON, OTHER }

    /** One line of the text: its bounds and the content without indentation and bullet markers. */
    record Line(int start, int end, int from, int to) {
        boolean empty() {
            return from >= to;
        }

        int length() {
            return to - from;
        }
    }

    /** A label at the start of a line and the value after it (empty when the label stands alone). */
    record LabelHit(String key, Field field, int start, int end, int valueStart, int valueEnd) {
        boolean hasValue() {
            return valueEnd > valueStart;
        }
    }

    static final Map<String, Field> LABELS = labels();
    /** Every label, longest first so "Datum afdoening" is not read as "Datum". */
    static final Pattern LABEL = Pattern.compile("(?i)(?:" + LABELS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|")) + ")");
    /** An item code: "M034", "M104-2021", "M2023-04", "MO01", "2024M17", "2023-M45", "T-010", "T2023-07", "TZ-12". */
    static final String CODE = "(?:(?:19|20)\\d{2}+[-/]?+\\s?M\\s?\\d{1,4}+|MO?-?\\d{1,4}+(?:[-/.]\\d{1,4}+)?+"
            + "|(?:RTZ|TZ|T)-?\\d{1,4}+(?:[-/.]\\d{1,4}+)?+)(?![\\p{L}\\d])";
    static final Pattern CODE_ONLY = Pattern.compile("(?:" + CODE + "|\\d{1,6}+)\\.?+");
    static final Pattern COMMITMENT_CODE = Pattern.compile("(?:RTZ|TZ|T)-?\\d");
    static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.-])(\\d{1,2}+)([-/.])(\\d{1,2}+)\\2((?:19|20)\\d{2})(?!\\d)");
    /** A status as registers and decision lists write it. */
    static final Pattern STATUS_WORD = Pattern.compile("(?iu)\\b(?:niet\\s++afgedaan|afgedaan|aangenomen|verworpen|ingetrokken"
            + "|aangehouden|uitgevoerd|in\\s++uitvoering|afgerond|vervallen|gestopt|overgenomen|lopend|openstaand)\\b");
    private static final Pattern BULLETS = Pattern.compile("[ ]*+(?:[•·▪◦*–-][ ]*+){0,3}+");
    private static final Pattern YES = Pattern.compile("(?i)ja|yes|x|✓|✔|1|true|afgedaan|gereed");
    private static final Pattern PERSON = Pattern.compile(
            "(?<![\\p{L}'’.-])(?:(?:wethouder|burgemeester|gedeputeerde)\\s++)?(?:\\p{Lu}\\.\\s?){1,5}+(?:[\\p{L}'’-]++\\s?){1,5}+"
                    + "|(?<![\\p{L}'’.-])\\p{Lu}[\\p{L}'’-]++(?:\\s[\\p{L}'’-]++){0,3}+,\\s?(?:\\p{Lu}\\.\\s?){1,5}+(?:\\s?[\\p{L}'’-]++){0,2}+");
    private static final Pattern PARTY = Pattern.compile("(?<![\\p{L}\\d])(?:[\\p{Lu}\\d][\\p{L}\\d!&'’./-]*+(?:[ ,/]++|$)){1,8}+");
    private static final Pattern AGENDA = Pattern.compile("\\d{1,2}+(?:\\.\\d{1,2}+){0,3}+\\.?+(?:\\s|$)");
    private static final Pattern DUE_WORDS = Pattern.compile("(?i)(?:Q[1-4]|kwartaal|voor|eind|medio)[^\\n]{0,16}+");
    private static final Pattern NO = Pattern.compile("(?i)nee|no|0|false|niet afgedaan|open");

    private ListCells() {
    }

    private static Map<String, Field> labels() {
        Map<String, Field> m = new LinkedHashMap<>();
        put(m, Field.ID, "ID");
        put(m, Field.NUMBER, "Nummer", "Nr.", "Motienummer", "Volgnummer", "Nummer motie", "Registratienummer");
        put(m, Field.TITLE, "Titel", "Onderwerp", "Omschrijving", "Omschrijving motie", "Omschrijving toezegging", "Titel motie");
        put(m, Field.CONTENT, "Inhoud", "Toelichting", "Tekst", "Dictum", "Strekking");
        put(m, Field.COMMITMENT, "Toezegging", "Inhoud toezegging", "Tekst toezegging");
        put(m, Field.STATUS, "Status", "Uitslag", "Besluit raad", "Stemuitslag");
        put(m, Field.DATE, "Datum", "Datum PS", "Datum raad", "Datum vergadering", "Vergaderdatum", "Datum aangenomen",
                "Datum toezegging", "Datum besluit", "Datum raadsvergadering", "Datum indiening");
        put(m, Field.DUE, "Einddatum", "Termijn", "Termijn afdoening", "Deadline", "Streefdatum", "Uiterlijke datum",
                "Afdoening uiterlijk", "Uiterste datum", "Uiterlijk gereed", "Verwachte afdoening", "Afdoen voor",
                "Afdoeningstermijn", "Planning", "Gewenste einddatum", "Datum gereed");
        put(m, Field.PROGRESS, "Stand van zaken", "Stand van zaken GS", "Stand van zaken college", "Stand van zaken openbaar",
                "Voortgang", "Wijze van afdoening", "Afdoening", "Toelichting afdoening", "Stand per");
        put(m, Field.DONE, "Afgedaan");
        put(m, Field.DONE_DATE, "Datum afdoening", "Afdoeningsdatum", "Datum afgedaan",
                "Datum behandeling afdoening in raadscommissie");
        put(m, Field.AGENDA, "Agendapunt", "Vindplaats", "Vergadering");
        put(m, Field.PARTY, "Fractie", "Fractie(s)", "Fracties", "Indiener", "Indiener(s)", "Indieners", "Mede-indiener",
                "Mede-indiener(s)", "Mede-indieners", "Ingediend door");
        put(m, Field.PERSON, "Portefeuillehouder", "Portefeuillehouder(s)", "Wethouder", "Gedeputeerde", "Verantwoordelijk");
        put(m, Field.OTHER, "Stemverhouding", "Stemmen", "Behandelen in", "Voorstel Presidium", "Gereed voor afdoening",
                "Niet afgedaan", "Afgedaan met tekst", "Bijlage", "Bijlage(s)", "Bijlagen", "Raadsleden", "Programma",
                "Commissie", "Beleidsveld", "Afdeling", "Soort", "Type");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Field> m, Field field, String... keys) {
        for (String k : keys) {
            m.put(k.toLowerCase(Locale.ROOT), field);
        }
    }

    /** The lines of {@code text}, each with its content stripped of indentation and bullet markers. */
    static List<Line> lines(CharSequence g) {
        List<Line> lines = new ArrayList<>();
        Matcher bullets = BULLETS.matcher(g);
        int start = 0;
        int n = g.length();
        while (start <= n) {
            int end = start;
            while (end < n && g.charAt(end) != '\n') {
                end++;
            }
            bullets.region(start, end).lookingAt();
            int from = bullets.end();
            int to = end;
            while (to > from && Character.isWhitespace(g.charAt(to - 1))) {
                to--;
            }
            lines.add(new Line(start, end, from, to));
            start = end + 1;
        }
        return lines;
    }

    /**
     * The label a line starts with: alone ("Status"), with a colon or space ("Status: open") or glued to its value as
     * iBabs pages render them ("StatusAangenomen", "Datum PS7/5/2021"); a label followed by a small letter is a word.
     */
    static LabelHit label(CharSequence g, Line line) {
        if (line.empty()) {
            return null;
        }
        Matcher m = LABEL.matcher(g).region(line.from(), line.to());
        if (!m.lookingAt()) {
            return null;
        }
        String key = m.group().toLowerCase(Locale.ROOT);
        Field field = LABELS.get(key);
        int v = m.end();
        if (v < line.to()) {
            char c = g.charAt(v);
            if (Character.isLowerCase(c) || Character.isLetter(c) && (field == Field.ID || field == Field.NUMBER)
                    && !CODE_ONLY.matcher(g).region(v, line.to()).matches()) {
                return null;
            }
        }
        while (v < line.to() && (g.charAt(v) == ':' || g.charAt(v) == ' ')) {
            v++;
        }
        return new LabelHit(key, field, m.start(), m.end(), v, line.to());
    }

    /** Whether {@code g[from,to)} is an item code or a bare register number. */
    static boolean isCode(CharSequence g, int from, int to) {
        return from < to && CODE_ONLY.matcher(g).region(from, to).matches();
    }

    /** Whether a slash date such as "7/5/2021" is month first: the text has "12/30/2022" or only unpadded ones. */
    static boolean usesUsDates(CharSequence g) {
        Matcher m = NUMERIC_DATE.matcher(g);
        int us = 0;
        int dutch = 0;
        boolean padded = false;
        boolean any = false;
        while (m.find()) {
            if (!m.group(2).equals("/")) {
                continue;
            }
            any = true;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            us += b > 12 && a <= 12 ? 1 : 0;
            dutch += a > 12 ? 1 : 0;
            padded |= m.group(1).startsWith("0") || m.group(3).startsWith("0");
        }
        return us > 0 && dutch == 0 || any && us == 0 && dutch == 0 && !padded;
    }

    /** The first date in {@code g[from,to)}: "05-07-2021", "7/5/2021" (US when {@code us}), "3 april 2024". */
    static Sourced<LocalDate> date(CharSequence g, int from, int to, boolean us) {
        if (from >= to) {
            return null;
        }
        Sourced<LocalDate> found = null;
        Matcher m = NUMERIC_DATE.matcher(g).region(from, to);
        while (m.find() && found == null) {
            boolean monthFirst = us && m.group(2).equals("/");
            found = of(m.group(4), monthFirst ? m.group(1) : m.group(3), monthFirst ? m.group(3) : m.group(1), m.start(), m.end());
        }
        Matcher l = DutchDateText.LONG_DATE.matcher(g).region(from, found == null ? to : found.source().start());
        while (l.find()) {
            Sourced<LocalDate> d = DutchDateText.firstDate(l.group()).map(f -> new Sourced<>(f.date(),
                    new Span(l.start(), l.end()))).orElse(null);
            if (d != null) {
                return d;
            }
        }
        return found;
    }

    private static Sourced<LocalDate> of(String year, String month, String day, int start, int end) {
        try {
            return new Sourced<>(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)),
                    new Span(start, end));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code g[from,to)} as a sourced string, or null when empty. */
    static Sourced<String> text(CharSequence g, int from, int to) {
        return from < to ? new Sourced<>(g.subSequence(from, to).toString(), new Span(from, to)) : null;
    }

    /** Whether a "Afgedaan" cell says yes. */
    static boolean yes(CharSequence g, int from, int to) {
        return YES.matcher(g).region(from, to).matches();
    }

    /**
     * The status word of the first clause of a progress text ("uitgevoerd" in "De motie is uitgevoerd, er is …");
     * null when that clause names none or is long. The whole text stays the item's text.
     */
    static Sourced<String> statusClause(CharSequence g, int from, int to) {
        int end = from;
        while (end < to && ".,;:".indexOf(g.charAt(end)) < 0) {
            end++;
        }
        Matcher word = STATUS_WORD.matcher(g).region(from, end);
        if (end - from > 80 || !word.find()) {
            return null;
        }
        return text(g, word.start(), word.end()); // the status word: the sentence stays the item's text
    }

    /** Whether a table cell can be a value of a column holding {@code field}. */
    static boolean fits(Field field, CharSequence g, int from, int to, boolean us) {
        int n = to - from;
        return switch (field) {
            case ID, NUMBER -> isCode(g, from, to);
            case DATE, DUE, DONE_DATE -> n <= 40 && date(g, from, to, us) != null
                    || n <= 20 && DUE_WORDS.matcher(g).region(from, to).matches();
            case DONE -> n <= 16 && (yes(g, from, to) || NO.matcher(g).region(from, to).matches());
            case STATUS -> n <= 60;
            case PERSON -> n <= 45 && PERSON.matcher(g).region(from, to).matches();
            case PARTY -> n <= 60 && PARTY.matcher(g).region(from, to).matches();
            case AGENDA -> AGENDA.matcher(g).region(from, to).lookingAt() || date(g, from, to, us) != null
                    || g.subSequence(from, to).toString().contains(" > ");
            case OTHER -> n <= 40;
            default -> n > 0;
        };
    }
}
