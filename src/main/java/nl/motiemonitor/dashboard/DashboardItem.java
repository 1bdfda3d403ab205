package nl.motiemonitor.dashboard;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;
import org.springframework.context.MessageSourceResolvable;

/**
 * An item in a dashboard list; {@code path} is its public page, {@code days} what the list is about (e.g. days late).
 * {@code number} ("Motie 12"), {@code title} (its own, or again "Motie 12"; "… (Utrecht)" when the list spans bodies)
 * and {@code note} ("te laat voorgesteld (3 dagen)") are messages, said in the page's language. {@code id} is the
 * motion's or commitment's own (the open-data API links it); {@code motion} says which of the two it is.
 */
public record DashboardItem(String type, MessageSourceResolvable number, MessageSourceResolvable title,
        ItemStatus status, LocalDate dueOn, long days, String responsible, String path, MessageSourceResolvable note,
        long id, boolean motion) {

    DashboardItem withNote(MessageSourceResolvable text) {
        return new DashboardItem(type, number, title, status, dueOn, days, responsible, path, text, id, motion);
    }
}
