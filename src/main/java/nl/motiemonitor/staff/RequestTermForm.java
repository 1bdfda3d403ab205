package nl.motiemonitor.staff;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A request's own term and who is responsible for it; all optional (the motion's term then applies). */
class RequestTermForm extends ResponsibilityForm {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
