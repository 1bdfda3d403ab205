package nl.motiemonitor.term;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/**
 * The term of one motion or commitment as it stands on a day: {@code originalDueOn} its own due date or its body's
 * default ({@code defaultTerm}), {@code dueOn} that date moved by the latest of {@code extensions} extensions, and
 * what follows from it, as the database computes it for every page, count and mail (item_terms_on, V16):
 * {@code lateDays} when it is late now, {@code dueSoon}, and {@code proposedLateDays} when its discharge was proposed
 * after the term; {@code answeredInTime} whether the answer came on or before the term (false too when it is late now,
 * null when its term has not been put to the test: no term, or not yet passed without an answer).
 */
public record ItemTerm(TermItem item, long id, ItemStatus status, LocalDate startedOn, LocalDate originalDueOn,
        boolean defaultTerm, int extensions, LocalDate dueOn, LocalDate proposedOn, LocalDate dischargedOn,
        String department, String portfolioHolder, Integer lateDays, boolean dueSoon, Integer proposedLateDays,
        Boolean answeredInTime) {

    /** "Te laat": nothing proposed, and the term in force has passed. */
    public boolean late() {
        return lateDays != null;
    }

    /** The executive proposed the discharge; the council (Staten, Kamer, algemeen bestuur) has to decide. */
    public boolean awaitingDecision() {
        return status == ItemStatus.DISCHARGE_PROPOSED;
    }

    /** "Te laat voorgesteld": the proposal that stands, or that was accepted, came after the term. */
    public boolean proposedLate() {
        return proposedLateDays != null;
    }
}
