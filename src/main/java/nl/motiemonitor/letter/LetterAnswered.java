package nl.motiemonitor.letter;

import java.time.LocalDate;
import java.util.function.Supplier;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.shared.TrackedItem;

/**
 * A published letter answers an item. Published by {@link LetterRegistration} inside the letter's transaction and
 * handled there by the modules of motions, commitments and terms: when one of them refuses (the item cannot make the
 * move), the whole save rolls back.
 *
 * @param newDueDate the term the letter asks for, when it postpones
 * @param requestIds the requests of a split motion the letter answers; empty: all of them
 */
public record LetterAnswered(long letterId, long bodyId, LocalDate sentOn, String recordedBy, ItemId item,
        LetterResponse response, LocalDate newDueDate, java.util.List<Long> requestIds) {

    public LetterAnswered {
        requestIds = requestIds == null ? java.util.List.of() : java.util.List.copyOf(requestIds);
    }

    /**
     * Moves the item as the letter says, unless the letter moved it before (an edit of a published letter applies
     * only what it did not do yet). {@code stillPromised} gives the letter's promises still open, named in the reason
     * of a discharge it claims.
     */
    public void applyTo(TrackedItem tracked, Supplier<String> stillPromised) {
        if (tracked.movedBy(letterId)) {
            return;
        }
        switch (response) {
            case DISCHARGE_CLAIMED -> {
                String promises = stillPromised.get();
                tracked.claimDischargeByLetter(details(which() + " beschouwt dit als afgedaan."
                        + (promises.isEmpty() ? "" : " Let op: de brief belooft ook nog: " + promises + ".")));
            }
            case PROGRESS_ONLY -> tracked.reportProgressByLetter(details(which() + " meldt de voortgang."));
            case POSTPONED -> tracked.reportProgressByLetter(details(which() + " vraagt uitstel tot "
                    + DutchDates.format(newDueDate) + "."));
            case NOT_DISCHARGED -> {
                // the letter is linked and shown with the item; its status stays as it is
            }
        }
    }

    /** "De brief van 4 december 2026", or "De brief" without a date. */
    public String which() {
        return sentOn == null ? "De brief" : "De brief van " + DutchDates.format(sentOn);
    }

    /** A move this letter causes: on the letter's date, by who recorded it, for {@code reason}. */
    public StatusChangeDetails details(String reason) {
        return StatusChangeDetails.of(sentOn, recordedBy, reason).byLetter(letterId);
    }
}
