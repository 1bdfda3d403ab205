package nl.motiemonitor.harvest.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.shared.DutchDates;

/**
 * The dates sources write: Notubiz's "2026-01-22 00:00:00", iBabs's "Jan 29 2026 12:00AM" and "29-1-2026", and a
 * written Dutch "30 september 2026". A phrase that names a period rather than a day ("Q2 2025", "voor de zomer") is
 * not read here, and neither is an impossible date ("31-02-2026"): both are null, never a guess.
 */
public final class SourceDates {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][\\d:.]*)?$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:\\s+[\\d:.]+)?$");
    /** iBabs writes its dates the way SQL Server prints them, with an English month: "Jan 29 2026 12:00AM". */
    private static final Pattern ENGLISH = Pattern.compile("^([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})(?:\\s+.*)?$");
    private static final Pattern WRITTEN = Pattern.compile("^(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})$");

    private static final DateTimeFormatter ENGLISH_DAY = caseInsensitive("MMM d uuuu", Locale.ENGLISH);
    /** Month names from the JDK's own Dutch ("maart", "oktober"), not a list of our own. */
    private static final DateTimeFormatter DUTCH_DAY = caseInsensitive("d MMMM uuuu", DutchDates.DUTCH);

    private SourceDates() {
    }

    private static DateTimeFormatter caseInsensitive(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day a source's value states, or null. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                return LocalDate.of(number(numeric, 3), number(numeric, 2), number(numeric, 1));
            }
            Matcher english = ENGLISH.matcher(text);
            if (english.matches()) {
                return LocalDate.parse(english.group(1) + " " + english.group(2) + " " + english.group(3), ENGLISH_DAY);
            }
            if (WRITTEN.matcher(text).matches()) {
                return LocalDate.parse(text, DUTCH_DAY);
            }
        } catch (DateTimeException notADay) {
            return null;
        }
        return null;
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
