package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The council's decision on the proposed discharges of its list, after a meeting: the meeting's date and, per line
 * awaiting the council, accepted (the default) or not with a reason.
 */
class CouncilDecisionForm {

    @NotNull(message = "{staff.decision.meetingOn.required}")
    @PastOrPresent(message = "{staff.decision.meetingOn.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingOn;

    @Valid
    private List<Row> rows = new ArrayList<>();

    /** One line awaiting the council: {@code item} as the list names it ("motie:12", "verzoek:33"). */
    public static class Row {

        private String item;

        private boolean rejected;

        @Size(max = 2000, message = "{staff.field.reason.tooLong}")
        private String reason;

        public Row() {
        }

        Row(String item) {
            this.item = item;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public boolean isRejected() {
            return rejected;
        }

        public void setRejected(boolean rejected) {
            this.rejected = rejected;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public void setMeetingOn(LocalDate meetingOn) {
        this.meetingOn = meetingOn;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
