package nl.motiemonitor.staff;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.motiemonitor.term.BodyTerm;
import org.springframework.validation.Errors;

/**
 * A body's default term for adopted motions without a due date: none, a number of months after adoption, or the
 * next of some dates of the year, typed as day-month ("1-7, 1-12" for 1 July and 1 December).
 */
class BodyTermForm {

    public enum Kind { NONE, MONTHS, DATES }

    private Kind kind = Kind.NONE;

    @Min(value = 1, message = "{staff.bodyTerm.months.min}")
    @Max(value = 60, message = "{staff.bodyTerm.months.max}")
    private Integer months;

    private String dates;

    static BodyTermForm of(BodyTerm term) {
        BodyTermForm form = new BodyTermForm();
        if (term.months() != null) {
            form.kind = Kind.MONTHS;
            form.months = term.months();
        } else if (!term.dates().isEmpty()) {
            form.kind = Kind.DATES;
            form.dates = String.join(", ", term.dates().stream()
                    .map(d -> d.getDayOfMonth() + "-" + d.getMonthValue()).toList());
        }
        return form;
    }

    /** The term typed, or {@code null} after rejecting what does not fit. */
    BodyTerm toTerm(Errors errors) {
        switch (kind == null ? Kind.NONE : kind) {
            case MONTHS -> {
                if (months == null) {
                    errors.rejectValue("months", "staff.bodyTerm.months.required");
                    return null;
                }
                return new BodyTerm(months, List.of());
            }
            case DATES -> {
                List<MonthDay> parsed = new ArrayList<>();
                if (dates == null || dates.isBlank()) {
                    errors.rejectValue("dates", "staff.bodyTerm.dates.required");
                    return null;
                }
                for (String part : dates.split("[,;]")) {
                    String[] dayMonth = part.strip().split("[-/ ]");
                    try {
                        parsed.add(MonthDay.of(Integer.parseInt(dayMonth[1]), Integer.parseInt(dayMonth[0])));
                    } catch (RuntimeException e) {
                        errors.rejectValue("dates", "staff.bodyTerm.dates.format", new Object[] {part.strip()}, null);
                        return null;
                    }
                }
                if (parsed.size() > 12) {
                    errors.rejectValue("dates", "staff.bodyTerm.dates.many");
                    return null;
                }
                return new BodyTerm(null, parsed);
            }
            default -> {
                return BodyTerm.NONE;
            }
        }
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getDates() {
        return dates;
    }

    public void setDates(String dates) {
        this.dates = dates;
    }
}
