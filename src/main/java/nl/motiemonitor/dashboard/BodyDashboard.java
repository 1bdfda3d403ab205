package nl.motiemonitor.dashboard;

import java.util.List;

/**
 * Everything on a body's dashboard (or, with every body, on the national one). The counts are of all items; the
 * lists hold at most {@link Dashboards#LIST_SIZE} of them (as many as a download asks for, see
 * {@link Dashboards#dashboard(Long, java.time.LocalDate, int)}).
 */
public record BodyDashboard(List<StatusCount> statuses, long late, long dueSoon, long awaitingDecision,
        List<DashboardItem> lateItems, List<DashboardItem> awaitingDecisionItems,
        List<DashboardItem> dischargedWhilePromised, List<QuarterFigures> quarters, TermFigures terms,
        List<GroupFigures> perPortfolioHolder, List<GroupFigures> perDepartment, List<GroupFigures> perParty,
        RequestFigures requests) {
}
