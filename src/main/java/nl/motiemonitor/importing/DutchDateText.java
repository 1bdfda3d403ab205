package nl.motiemonitor.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch documents write them, and due dates derived from phrases such as "in het voorjaar van 2021". */
final class DutchDateText {

    static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("febr", 2), Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
            Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));

    /** "31 maart 2026", "1 jan. 2021". */
    public static final Pattern LONG_DATE = Pattern.compile(
            "(?iu)\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?\\s+((?:19|20)\\d{2})\\b");
    /** "14-02-2019", "14/2/2019", "14.02.2019", "14 - 02 - 2019" (as OCR spaces it); with slashes also American "12/30/2022" where it cannot be Dutch. */
    public static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(\\d{1,2})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?((?:19|20)\\d{2})\\b");
    /** "november 2014" (a month). */
    public static final Pattern MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(" + MONTHS + ")\\.?\\s+((?:19|20)\\d{2})\\b");

    private DutchDateText() {
    }

    /** A date in the text; a day, or a month when only "november 2014" is written. */
    public record FoundDate(LocalDate date, ReadDocument.Precision precision, int start, int end) {
    }

    /** The first full date (day, month, year) in {@code text}. */
    public static Optional<FoundDate> firstDate(CharSequence text) {
        FoundDate best = null;
        Matcher m = LONG_DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(m.group(3), MONTH_NUMBERS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (d != null) {
                best = new FoundDate(d, ReadDocument.Precision.DAY, m.start(), m.end());
                break;
            }
        }
        m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            if (best != null && m.start() > best.start()) {
                break;
            }
            LocalDate d = date(m.group(4), parse(m.group(3)), m.group(1));
            if (d == null && "/".equals(m.group(2))) {
                d = date(m.group(4), parse(m.group(1)), m.group(3)); // "12/30/2022": American, where Dutch cannot be
            }
            if (d != null) {
                best = new FoundDate(d, ReadDocument.Precision.DAY, m.start(), m.end());
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first date in {@code text}, falling back to a month ("medio november 2014") when no day is written. */
    public static Optional<FoundDate> firstDateOrMonth(CharSequence text) {
        Optional<FoundDate> day = firstDate(text);
        if (day.isPresent()) {
            return day;
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(2));
            return Optional.of(new FoundDate(LocalDate.of(year, MONTH_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT)), 1),
                    ReadDocument.Precision.MONTH, m.start(), m.end()));
        }
        return Optional.empty();
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Integer parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- due dates

    /** A due date and the phrase it was derived from (offsets into the sentence). */
    public record DueDate(LocalDate date, String phrase, int start, int end) {
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String OPT_YEAR = "(?:\\s+(?:van\\s+)?" + YEAR + ")?";

    private static final Pattern HALF = Pattern.compile(
            "(?iu)\\b(eerste|1e|tweede|2e)\\s+(?:half\\s*jaar|helft|halfjaar)" + OPT_YEAR);
    private static final Pattern QUARTER = Pattern.compile(
            "(?iu)\\b(?:(eerste|1e|tweede|2e|derde|3e|vierde|4e)\\s+kwartaal|\\b(Q[1-4]))" + OPT_YEAR);
    private static final Pattern SEASON = Pattern.compile(
            "(?iu)\\b(voor|vóór|na|in|tijdens|rond)?\\s*(?:het\\s+|de\\s+|dit\\s+|deze\\s+|komend(?:e)?\\s+|aankomend(?:e)?\\s+)?"
                    + "(voorjaar|lente|zomer(?:reces)?|najaar|herfst|winter)\\b" + OPT_YEAR);
    private static final Pattern EXACT = Pattern.compile(
            "(?iu)\\b(?:voor|vóór|uiterlijk|op|per|tot)\\s+(\\d{1,2})\\s+(" + MONTHS + ")\\.?(?:\\s+" + YEAR + ")?");
    private static final Pattern MONTH = Pattern.compile(
            "(?iu)\\b(?:in|voor|vóór|uiterlijk|eind|einde|begin|medio|rond|per)\\s+(?:de\\s+maand\\s+)?("
                    + MONTHS + ")\\.?(?:\\s+" + YEAR + ")?\\b");
    private static final Pattern YEAR_PART = Pattern.compile(
            "(?iu)\\b(begin|medio|halverwege|eind|einde|uiterlijk\\s+eind|aan\\s+het\\s+eind\\s+van|in|voor|vóór|in\\s+de\\s+loop\\s+van)\\s+"
                    + "(?:het\\s+jaar\\s+)?" + YEAR + "\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?iu)\\b(later\\s+dit\\s+jaar|dit\\s+jaar|in\\s+de\\s+loop\\s+van\\s+(?:het|dit)\\s+jaar|volgend\\s+jaar|komend\\s+jaar|eind\\s+dit\\s+jaar)\\b");

    /**
     * The due date a promise implies: the last day of the season ("voorjaar" → 20 June, "zomer" → 22 September,
     * "najaar" and "na de zomer" → 20 December, "winter" → 20 March of the next year), half year, quarter, month
     * or year it names. Without a year in the phrase the letter's year is used, moved a year on when that date
     * would lie before the letter. Returns empty when nothing in the sentence fixes a date (or no year is known).
     */
    public static Optional<DueDate> dueDate(CharSequence sentence, LocalDate letterDate) {
        Integer letterYear = letterDate == null ? null : letterDate.getYear();
        Matcher m = HALF.matcher(sentence);
        if (m.find()) {
            Integer y = year(m.group(2), letterYear);
            if (y != null) {
                boolean first = m.group(1).toLowerCase(Locale.ROOT).startsWith("e") || m.group(1).startsWith("1");
                return found(first ? LocalDate.of(y, 6, 30) : LocalDate.of(y, 12, 31), m, letterDate, m.group(2) == null);
            }
        }
        m = QUARTER.matcher(sentence);
        if (m.find()) {
            Integer y = year(m.group(3), letterYear);
            if (y != null) {
                String q = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(2).toLowerCase(Locale.ROOT);
                int n = switch (q) {
                    case "eerste", "1e", "q1" -> 1;
                    case "tweede", "2e", "q2" -> 2;
                    case "derde", "3e", "q3" -> 3;
                    default -> 4;
                };
                return found(YearMonth.of(y, n * 3).atEndOfMonth(), m, letterDate, m.group(3) == null);
            }
        }
        m = EXACT.matcher(sentence);
        if (m.find()) {
            Integer y = year(m.group(3), letterYear);
            LocalDate d = y == null ? null : date(String.valueOf(y), MONTH_NUMBERS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (d != null) {
                return found(d, m, letterDate, m.group(3) == null);
            }
        }
        m = SEASON.matcher(sentence);
        while (m.find()) {
            String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String season = m.group(2).toLowerCase(Locale.ROOT);
            Integer y = year(m.group(3), letterYear);
            if (y == null) {
                continue;
            }
            LocalDate d;
            if (season.startsWith("zomer")) {
                d = switch (prep) {
                    case "voor", "vóór" -> LocalDate.of(y, 6, 20);
                    case "na" -> LocalDate.of(y, 12, 20);
                    default -> LocalDate.of(y, 9, 22);
                };
            } else if (season.equals("voorjaar") || season.equals("lente")) {
                d = prep.equals("voor") || prep.equals("vóór") ? LocalDate.of(y, 3, 20) : LocalDate.of(y, 6, 20);
            } else if (season.equals("najaar") || season.equals("herfst")) {
                d = prep.equals("voor") || prep.equals("vóór") ? LocalDate.of(y, 9, 22) : LocalDate.of(y, 12, 20);
            } else {
                d = prep.equals("voor") || prep.equals("vóór") ? LocalDate.of(y, 12, 20) : LocalDate.of(y + 1, 3, 20);
            }
            return found(d, m, letterDate, m.group(3) == null);
        }
        m = MONTH.matcher(sentence);
        if (m.find()) {
            Integer y = year(m.group(2), letterYear);
            if (y != null) {
                YearMonth ym = YearMonth.of(y, MONTH_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT)));
                String lead = m.group().toLowerCase(Locale.ROOT);
                LocalDate d = lead.startsWith("voor") || lead.startsWith("vóór") ? ym.atDay(1).minusDays(1)
                        : lead.startsWith("begin") ? ym.atDay(10)
                        : lead.startsWith("medio") ? ym.atDay(15)
                        : ym.atEndOfMonth();
                return found(d, m, letterDate, m.group(2) == null);
            }
        }
        m = YEAR_PART.matcher(sentence);
        if (m.find()) {
            int y = Integer.parseInt(m.group(2));
            String part = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = switch (part) {
                case "begin" -> LocalDate.of(y, 3, 31);
                case "medio", "halverwege" -> LocalDate.of(y, 6, 30);
                case "voor", "vóór" -> LocalDate.of(y - 1, 12, 31);
                default -> LocalDate.of(y, 12, 31);
            };
            return found(d, m, letterDate, false);
        }
        m = RELATIVE_YEAR.matcher(sentence);
        if (m.find() && letterYear != null) {
            String phrase = m.group(1).toLowerCase(Locale.ROOT);
            int y = phrase.startsWith("volgend") || phrase.startsWith("komend") ? letterYear + 1 : letterYear;
            return Optional.of(new DueDate(LocalDate.of(y, 12, 31), m.group(), m.start(), m.end()));
        }
        return Optional.empty();
    }

    private static Optional<DueDate> found(LocalDate d, Matcher m, LocalDate letterDate, boolean yearImplied) {
        if (yearImplied && letterDate != null && d.isBefore(letterDate)) {
            d = d.plusYears(1);
        }
        return Optional.of(new DueDate(d, m.group().strip(), m.start(), m.end()));
    }

    private static Integer year(String written, Integer letterYear) {
        return written != null ? Integer.valueOf(written) : letterYear;
    }
}
