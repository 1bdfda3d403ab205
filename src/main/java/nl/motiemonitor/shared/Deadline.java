package nl.motiemonitor.shared;

import java.time.LocalDate;

/** What follows from a due date and a status; overdue is always computed, never stored. */
public final class Deadline {

    private Deadline() {
    }

    public static boolean isOverdue(LocalDate dueDate, ItemStatus status, LocalDate today) {
        return dueDate != null && status != null && status != ItemStatus.DISCHARGED && dueDate.isBefore(today);
    }
}
