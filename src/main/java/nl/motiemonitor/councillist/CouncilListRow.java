package nl.motiemonitor.councillist;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/**
 * One line of the council's list: an open, late, awaiting or recently discharged motion, request of a motion tracked
 * per request, or commitment, with what follows from its term today.
 *
 * @param kind            what the line is
 * @param itemId          the motion's or the commitment's id (for a request: its motion's)
 * @param requestId       the request's id, for a request; else null
 * @param requestPosition the request's number in its motion (1, 2, …), for a request; else null
 * @param requestText     the request's text, for a request; else null
 * @param partlyDischarged the line's motion is "deels afgedaan" (only ever for the lines of a motion's requests)
 * @param lateDays        days after the term in force, for a line late now; else null
 * @param doneOn          the day it was discharged or lapsed, for such a line
 * @param changedOn       the day of its latest status change
 * @param committee       the committee (raadscommissie) that follows the item, if recorded
 * @param mark            what changed since the previous list, when one was chosen; else null
 */
public record CouncilListRow(Kind kind, long itemId, Long requestId, Integer requestPosition, String number,
        String urlKey, String title, String requestText, ItemStatus status, boolean partlyDischarged, LocalDate dueOn,
        Integer lateDays, LocalDate startedOn, LocalDate doneOn, LocalDate changedOn, String department,
        String portfolioHolder, String committee, LatestLetter latestLetter, Mark mark) {

    /** A motion tracked as a whole, one request of a motion tracked per request, or a commitment. */
    public enum Kind {
        MOTION, REQUEST, COMMITMENT;

        /** "motie:12", "verzoek:33", "toezegging:7": how a form names a line's item. */
        public String formPrefix() {
            return switch (this) {
                case MOTION -> "motie";
                case REQUEST -> "verzoek";
                case COMMITMENT -> "toezegging";
            };
        }
    }

    /** What changed since the previous list. */
    public enum Mark {
        NEW("nieuw"), CHANGED("gewijzigd"), DONE("afgedaan");

        private final String word;

        Mark(String word) {
            this.word = word;
        }

        /** The Dutch word on the list: "nieuw", "gewijzigd", "afgedaan". */
        public String word() {
            return word;
        }
    }

    /** The newest letter about the line (for a request: one that answers it), if any. */
    public record LatestLetter(long id, LocalDate sentOn, String subject) {
    }

    /** "motie:12", "verzoek:33", "toezegging:7". */
    public String formValue() {
        return kind.formPrefix() + ":" + (kind == Kind.REQUEST ? requestId : itemId);
    }

    public boolean late() {
        return lateDays != null;
    }

    public boolean awaitingDecision() {
        return status == ItemStatus.DISCHARGE_PROPOSED;
    }

    /** Discharged or lapsed: no longer open. */
    public boolean done() {
        return status == ItemStatus.DISCHARGED || status == ItemStatus.LAPSED;
    }

    /** The title, or "Motie 56" / "Toezegging 2019-4" when the sources give none (the list is Dutch, as the council's). */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return (kind == Kind.COMMITMENT ? "Toezegging " : "Motie ") + number;
    }

    /** "RIS307039", "RIS307039, verzoek 2", "2019-4". */
    public String displayNumber() {
        return kind == Kind.REQUEST ? number + ", verzoek " + requestPosition : number;
    }
}
