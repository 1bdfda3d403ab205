package nl.motiemonitor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DutchDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates for templates in the page's language, as {@code @dates.format(...)}: "31 maart 2026" (Dutch, as
 * {@link DutchDates}), "31 March 2026" (English).
 */
@Component("dates")
public class DateFormatting {

    private static final DateTimeFormatter DUTCH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            DutchDates.DUTCH).withZone(DutchDates.NETHERLANDS);
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Languages.ENGLISH).withZone(DutchDates.NETHERLANDS);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Languages.ENGLISH);
    private static final DateTimeFormatter ENGLISH_YEAR = DateTimeFormatter.ofPattern("yyyy", Languages.ENGLISH);

    public String format(LocalDate date) {
        return format(date, DatePrecision.DAY);
    }

    public String format(LocalDate date, DatePrecision precision) {
        if (date == null || dutch()) {
            return DutchDates.format(date, precision);
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> ENGLISH_DAY.format(date);
            case MONTH -> ENGLISH_MONTH.format(date);
            case YEAR -> ENGLISH_YEAR.format(date);
        };
    }

    public String format(Instant moment) {
        return moment == null ? null : (dutch() ? DUTCH_MOMENT : ENGLISH_MOMENT).format(moment);
    }

    /** "1 juli", "1 July": a day of every year. */
    public String dayAndMonth(MonthDay day) {
        String full = format(day.atYear(2024));
        return full.substring(0, full.lastIndexOf(' '));
    }

    /** ISO form for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean dutch() {
        Locale locale = LocaleContextHolder.getLocale();
        return Languages.supported(locale).equals(Languages.DUTCH);
    }
}
