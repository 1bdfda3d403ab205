package nl.motiemonitor.staff;

import jakarta.validation.constraints.Size;

/** Who is responsible for an item: the department and the portfolio holder (portefeuillehouder); both optional. */
class ResponsibilityForm {

    @Size(max = 200, message = "De afdeling is te lang (hoogstens 200 tekens).")
    private String department;

    @Size(max = 200, message = "De portefeuillehouder is te lang (hoogstens 200 tekens).")
    private String portfolioHolder;

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
