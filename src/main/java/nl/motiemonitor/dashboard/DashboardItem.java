package nl.motiemonitor.dashboard;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/** An item in a dashboard list; {@code path} is its public page, {@code days} what the list is about (e.g. days late). */
public record DashboardItem(String type, String number, String title, ItemStatus status, LocalDate dueOn, long days,
        String responsible, String path, String note) {

    DashboardItem withNote(String text) {
        return new DashboardItem(type, number, title, status, dueOn, days, responsible, path, text);
    }
}
