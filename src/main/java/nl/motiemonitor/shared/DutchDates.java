package nl.motiemonitor.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the Dutch way: "31 maart 2026". */
public final class DutchDates {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DUTCH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", DUTCH);

    private DutchDates() {
    }

    /** "31 maart 2026", or {@code null} for no date. */
    public static String format(LocalDate date) {
        return format(date, DatePrecision.DAY);
    }

    public static String format(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> YEAR.format(date);
        };
    }

    public static LocalDate today() {
        return LocalDate.now(NETHERLANDS);
    }
}
