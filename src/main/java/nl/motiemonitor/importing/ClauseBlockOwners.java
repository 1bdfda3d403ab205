package nl.motiemonitor.importing;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.motiemonitor.importing.ReadDocument.Clause;

/**
 * Which motion each block of clauses belongs to (for {@link MotionMentions}): the last motion named before it that
 * has none yet, else the first without clauses, else a motion of its own.
 */
final class ClauseBlockOwners {

    private ClauseBlockOwners() {
    }

    /** Gives each block of {@code clauses} to its motion, adding a motion for a block that has none. */
    static void assign(ReadingContext ctx, List<MotionDraft> motions, MotionClauses clauses) {
        TreeMap<Integer, ArrayDeque<MotionDraft>> freeByAt = new TreeMap<>();
        Set<MotionDraft> free = new LinkedHashSet<>();
        for (MotionDraft m : motions) {
            if (m.clauses.isEmpty()) {
                free.add(m);
                freeByAt.computeIfAbsent(m.at, k -> new ArrayDeque<>()).add(m);
            }
        }
        for (int b = 0; b < clauses.clauseBlocks.size(); b++) {
            ctx.tick();
            List<Clause> block = clauses.clauseBlocks.get(b);
            int start = clauses.blockSpans.get(b)[0];
            Map.Entry<Integer, ArrayDeque<MotionDraft>> before = freeByAt.floorEntry(start);
            // a motion named after the clauses owns them only when there is one block: in a Handelingen the chair's
            // "de motie-Jansen (30196, nr. 22) is aangenomen" comes after all the motions
            boolean one = clauses.clauseBlocks.size() == 1;
            MotionDraft owner = before != null ? before.getValue().peekFirst() : free.isEmpty() || !one ? null : free.iterator().next();
            if (owner != null) {
                free.remove(owner);
                ArrayDeque<MotionDraft> same = freeByAt.get(owner.at);
                same.pollFirst();
                if (same.isEmpty()) {
                    freeByAt.remove(owner.at);
                }
            }
            if (owner == null) {
                owner = new MotionDraft();
                owner.at = start;
                motions.add(owner);
            }
            owner.clauses = block;
            owner.block = b;
            owner.end = Math.max(owner.end, clauses.blockSpans.get(b)[1]);
        }
    }
}
