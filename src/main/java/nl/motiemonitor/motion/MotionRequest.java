package nl.motiemonitor.motion;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.shared.TrackedItem;
import org.hibernate.envers.Audited;

/**
 * One request (dictum item) of an adopted motion, tracked on its own once the motion is split: its own status and
 * history, term and who is responsible. The motion's status follows from its requests ({@link Motion#followRequests}).
 */
@Entity
@Audited
@Table(name = "motion_requests")
class MotionRequest extends TrackedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long motionId;

    /** 1, 2, 3: the request's number within its motion, as the pages and the letter form name it. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    private LocalDate dueDate;

    private String department;

    private String portfolioHolder;

    /** Not audited again: the motion's number, for messages; loaded with the request. */
    @org.hibernate.envers.NotAudited
    @jakarta.persistence.Transient
    private String motionNumber;

    protected MotionRequest() {
    }

    /** A request split off {@code motion}, starting at the motion's status. */
    static MotionRequest splitOff(Motion motion, int position, String text, StatusChangeDetails split) {
        MotionRequest request = new MotionRequest();
        request.motionId = motion.id();
        request.position = position;
        request.text = text.strip();
        request.motionNumber = motion.registrationNumber();
        request.startAs(motion.status(), split);
        return request;
    }

    /** The clerk's term and responsibility for this request; null or blank clears one. */
    void assign(LocalDate due, String department, String portfolioHolder) {
        this.dueDate = due;
        this.department = blankToNull(department);
        this.portfolioHolder = blankToNull(portfolioHolder);
    }

    void name(String motionNumber) {
        this.motionNumber = motionNumber;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    protected String kind() {
        return "request";
    }

    /** "2 (motie RIS307039)", for "verzoek 2 (motie RIS307039)". */
    @Override
    protected String number() {
        return motionNumber == null ? String.valueOf(position) : position + " (motie " + motionNumber + ")";
    }

    Long id() {
        return id;
    }

    Long motionId() {
        return motionId;
    }

    int position() {
        return position;
    }

    String text() {
        return text;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String department() {
        return department;
    }

    String portfolioHolder() {
        return portfolioHolder;
    }
}
