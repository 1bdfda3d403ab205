package nl.motiemonitor.staff;

import java.io.Serial;
import java.io.Serializable;
import jakarta.validation.constraints.Size;

/**
 * Who is responsible for an item: the department and the portfolio holder (portefeuillehouder), and the committee
 * (raadscommissie) that follows it; all optional.
 */
class ResponsibilityForm implements Serializable {

    /** Kept in the session, in PostgreSQL, from a refused post to the page that shows it (a flash attribute). */
    @Serial
    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{staff.field.responsibleDepartment.tooLong}")
    private String department;

    @Size(max = 200, message = "{staff.responsibility.portfolioHolder.tooLong}")
    private String portfolioHolder;

    @Size(max = 200, message = "{staff.responsibility.committee.tooLong}")
    private String committee;

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getPortfolioHolder() {
        return portfolioHolder;
    }

    public void setPortfolioHolder(String portfolioHolder) {
        this.portfolioHolder = portfolioHolder;
    }
}
