package nl.motiemonitor.staff;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A clerk extends a term: the new due date and why (e.g. the executive asked for more time in a letter). */
class TermExtensionForm implements Serializable {

    /** Kept in the session, in PostgreSQL, from a refused post to the page that shows it (a flash attribute). */
    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{staff.termExtension.to.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    @NotBlank(message = "{staff.termExtension.reason.required}")
    @Size(max = 2000, message = "{staff.field.reason.tooLong}")
    private String reason;

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
