package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.Lifecycle;
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
        Map<ItemStatus, ItemStatus> previous = new EnumMap<>(ItemStatus.class);
        Deque<ItemStatus> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            ItemStatus at = queue.poll();
            if (at == to) {
                List<ItemStatus> moves = new ArrayList<>();
                for (ItemStatus step = to; step != from; step = previous.get(step)) {
                    moves.add(0, step);
                }
                return moves;
            }
            for (ItemStatus next : at.successors()) {
                if (next != from && !previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
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
                step(motions, motion, at, next, details);
            } else {
                step(commitments, (CommitmentId) item, at, next, details);
            }
            at = next;
        }
    }

    private static <I extends ItemId> void step(Lifecycle<I> lifecycle, I item, ItemStatus from, ItemStatus to,
            StatusChangeDetails details) {
        switch (to) {
            case IN_PROGRESS -> {
                if (from == ItemStatus.DISCHARGE_PROPOSED) {
                    lifecycle.rejectDischarge(item, details);
                } else {
                    lifecycle.reportProgress(item, details);
                }
            }
            case DISCHARGE_PROPOSED -> lifecycle.proposeDischarge(item, details);
            case DISCHARGED -> lifecycle.acceptDischarge(item, details);
            case LAPSED -> lifecycle.lapse(item, details);
            case OPEN -> throw new IllegalStateException("Geen stap terug naar open.");
        }
    }
}
