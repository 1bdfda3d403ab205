package nl.motiemonitor.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What follows from a due date and a status, always computed, never stored. Dates are dates without time: "today"
 * is the date in the Netherlands ({@link #today(Clock)}), and an item is overdue from the day after its due date.
 */
public final class Deadline {

    /** "Termijn verloopt binnen 30 dagen": due today or within this many days. */
    public static final int SOON_DAYS = 30;

    private Deadline() {
    }

    /** The date in the Netherlands at the clock's instant: 23:30 UTC on 30 June is already 1 July there. */
    public static LocalDate today(Clock clock) {
        return clock.instant().atZone(DutchDates.NETHERLANDS).toLocalDate();
    }

    public static boolean isOverdue(LocalDate dueDate, ItemStatus status, LocalDate today) {
        return dueDate != null && status != null && status != ItemStatus.DISCHARGED && dueDate.isBefore(today);
    }

    /** Days past the due date, 0 when not overdue. */
    public static long daysOverdue(LocalDate dueDate, ItemStatus status, LocalDate today) {
        return isOverdue(dueDate, status, today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    /** Not discharged, not overdue, and due today or within {@link #SOON_DAYS} days. */
    public static boolean isDueSoon(LocalDate dueDate, ItemStatus status, LocalDate today) {
        return dueDate != null && status != null && status != ItemStatus.DISCHARGED && !dueDate.isBefore(today)
                && !dueDate.isAfter(today.plusDays(SOON_DAYS));
    }

    /** Discharged after its (extended) due date. */
    public static boolean wasDischargedLate(LocalDate dueDate, LocalDate dischargedOn) {
        return dueDate != null && dischargedOn != null && dischargedOn.isAfter(dueDate);
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
