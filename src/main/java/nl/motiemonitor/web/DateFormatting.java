package nl.motiemonitor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DutchDates;
import org.springframework.stereotype.Component;

/** Dutch dates for templates, as {@code @dates.format(...)}: "31 maart 2026". */
@Component("dates")
class DateFormatting {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            DutchDates.DUTCH).withZone(DutchDates.NETHERLANDS);

    public String format(LocalDate date) {
        return DutchDates.format(date);
    }

    public String format(LocalDate date, DatePrecision precision) {
        return DutchDates.format(date, precision);
    }

    public String format(Instant moment) {
        return moment == null ? null : MOMENT.format(moment);
    }

    /** ISO form for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
