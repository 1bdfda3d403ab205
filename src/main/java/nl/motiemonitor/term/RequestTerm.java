package nl.motiemonitor.term;

import java.time.LocalDate;

/**
 * The term of one request of a split motion on a day (request_terms_on, V30): its own due date, else its motion's
 * term in force; late by the one rule of V16.
 *
 * @param ownTerm whether the request has a due date of its own
 */
public record RequestTerm(long requestId, LocalDate dueOn, boolean ownTerm, Integer lateDays) {

    public boolean late() {
        return lateDays != null;
    }
}
