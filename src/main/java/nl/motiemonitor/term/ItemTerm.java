package nl.motiemonitor.term;

import java.time.LocalDate;

import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.ItemStatus;

/**
 * The term of one motion or commitment as it stands: {@code originalDueOn} its own due date or its body's default
 * ({@code defaultTerm}), {@code dueOn} that date moved by the latest of {@code extensions} extensions.
 */
public record ItemTerm(TermItem item, long id, ItemStatus status, LocalDate startedOn, LocalDate originalDueOn,
        boolean defaultTerm, int extensions, LocalDate dueOn, LocalDate dischargedOn, String department,
        String portfolioHolder) {

    public boolean overdue(LocalDate today) {
        return Deadline.isOverdue(dueOn, status, today);
    }

    public long daysOverdue(LocalDate today) {
        return Deadline.daysOverdue(dueOn, status, today);
    }

    public boolean dueSoon(LocalDate today) {
        return Deadline.isDueSoon(dueOn, status, today);
    }

    public boolean dischargedLate() {
        return status == ItemStatus.DISCHARGED && Deadline.wasDischargedLate(dueOn, dischargedOn);
    }
}
