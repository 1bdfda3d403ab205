package nl.motiemonitor.dashboard;

import java.util.List;

/** Everything on a body's dashboard (or, with every body, on the national one). */
public record BodyDashboard(List<StatusCount> statuses, long overdue, long dueSoon, List<DashboardItem> overdueItems,
        List<DashboardItem> awaitingDecision, List<DashboardItem> dischargedWhilePromised,
        List<QuarterFigures> quarters, TermFigures terms, List<GroupFigures> perPortfolioHolder,
        List<GroupFigures> perDepartment, List<GroupFigures> perParty) {
}
