package nl.motiemonitor.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Dates of terms, computed, never stored. Dates are dates without time: "today" is the date in the Netherlands
 * ({@link #today(Clock)}). Whether an item is late follows from its term on that day, in one place: the database's
 * {@code item_terms_on} (V16).
 */
public final class Deadline {

    private Deadline() {
    }

    /** The date in the Netherlands at the clock's instant: 23:30 UTC on 30 June is already 1 July there. */
    public static LocalDate today(Clock clock) {
        return clock.instant().atZone(DutchDates.NETHERLANDS).toLocalDate();
    }

    /** The due date of a body's default term: {@code months} after the start, or the next of {@code dates}. */
    public static LocalDate defaultDue(Integer months, List<MonthDay> dates, LocalDate start) {
        if (start == null) {
            return null;
        }
        if (months != null) {
            return start.plusMonths(months);
        }
        if (dates == null || dates.isEmpty()) {
            return null;
        }
        LocalDate next = null;
        for (int year = start.getYear(); year <= start.getYear() + 1; year++) {
            for (MonthDay date : dates) {
                LocalDate candidate = date.atYear(year);
                if (candidate.isAfter(start) && (next == null || candidate.isBefore(next))) {
                    next = candidate;
                }
            }
        }
        return next;
    }
}
