package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.LifecycleWalk;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Component;

/** The lifecycle walked for a register's row: the moves from one status to another, each recorded on its day. */
@Component
class RegisterMoves {

    private final Motions motions;
    private final Commitments commitments;

    RegisterMoves(Motions motions, Commitments commitments) {
        this.motions = motions;
        this.commitments = commitments;
    }

    /** The moves of the lifecycle from one status to another, shortest first; empty when there is none. */
    static List<ItemStatus> path(ItemStatus from, ItemStatus to) {
        return LifecycleWalk.path(from, to);
    }

    /**
     * Records each move of the lifecycle from one status to the other, each on its day: a proposed or accepted
     * discharge on the row's discharge date, a move into progress on the item's date, a rejected proposal and a lapse
     * on no day; a day the register does not give is recorded as unknown (never as today), so it counts neither in
     * time nor late.
     */
    void move(ItemId item, ItemStatus from, ItemStatus to, RegisterRow row, LocalDate itemDate,
            String reason, String recordedBy) {
        ItemStatus at = from;
        for (ItemStatus next : path(from, to)) {
            LocalDate day = RegisterRows.dischargeStatus(next) ? row.dischargeDate()
                    : at == ItemStatus.DISCHARGE_PROPOSED || next == ItemStatus.LAPSED ? null : itemDate;
            StatusChangeDetails details = day == null ? StatusChangeDetails.undated(recordedBy, reason)
                    : StatusChangeDetails.of(day, recordedBy, reason);
            if (item instanceof MotionId motion) {
                LifecycleWalk.step(motions, motion, at, next, details);
            } else {
                LifecycleWalk.step(commitments, (CommitmentId) item, at, next, details);
            }
            at = next;
        }
    }
}
