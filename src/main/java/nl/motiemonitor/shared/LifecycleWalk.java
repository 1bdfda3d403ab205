package nl.motiemonitor.shared;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reaching a status another record names (a register's row, a harvested commitment) through the lifecycle: the
 * moves from one status to the other, shortest first, each recorded as the lifecycle's own move. OPEN → DISCHARGED
 * is no move, so it is walked as OPEN → DISCHARGE_PROPOSED → DISCHARGED.
 */
public final class LifecycleWalk {

    private LifecycleWalk() {
    }

    /** The moves of the lifecycle from one status to another, shortest first; empty when there is none. */
    public static List<ItemStatus> path(ItemStatus from, ItemStatus to) {
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

    /** Records one move of {@code path}: from {@code from} to {@code to}, with its details. */
    public static <I extends ItemId> void step(Lifecycle<I> lifecycle, I item, ItemStatus from, ItemStatus to,
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
