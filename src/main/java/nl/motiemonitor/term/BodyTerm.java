package nl.motiemonitor.term;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.DutchDates;

/**
 * A body's default term for adopted motions without a due date: {@code months} after adoption, or the first of
 * {@code dates} after adoption (e.g. 1 July and 1 December), or none.
 */
public record BodyTerm(Integer months, List<MonthDay> dates) {

    public static final BodyTerm NONE = new BodyTerm(null, List.of());

    public BodyTerm {
        dates = dates == null ? List.of() : dates.stream().sorted().distinct().toList();
        if (months != null && !dates.isEmpty()) {
            throw new DomainRuleViolation("rule.term.monthsOrDates");
        }
    }

    public boolean isNone() {
        return months == null && dates.isEmpty();
    }

    public LocalDate dueFor(LocalDate adoptedOn) {
        return Deadline.defaultDue(months, dates, adoptedOn);
    }

    /** "6 maanden na aanneming", "de eerstvolgende 1 juli of 1 december na aanneming", "geen standaardtermijn". */
    public String describe() {
        if (months != null) {
            return months + (months == 1 ? " maand" : " maanden") + " na aanneming";
        }
        if (dates.isEmpty()) {
            return "geen standaardtermijn";
        }
        List<String> names = dates.stream().map(BodyTerm::dayAndMonth).collect(Collectors.toCollection(ArrayList::new));
        String last = names.remove(names.size() - 1);
        return "de eerstvolgende " + (names.isEmpty() ? last : String.join(", ", names) + " of " + last)
                + " na aanneming";
    }

    /** The form of {@code dates} in the database and in forms: "07-01,12-01". */
    public String datesText() {
        return dates.stream().map(d -> String.format(Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth()))
                .collect(Collectors.joining(","));
    }

    private static String dayAndMonth(MonthDay date) {
        String full = DutchDates.format(date.atYear(2024));
        return full.substring(0, full.lastIndexOf(' '));
    }
}
