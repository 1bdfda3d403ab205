package nl.motiemonitor.dashboard;

import nl.motiemonitor.shared.ItemStatus;

/** How many published motions and commitments have a status, and how many of them are late now. */
public record StatusCount(ItemStatus status, long motions, long commitments, long late) {

    public long total() {
        return motions + commitments;
    }
}
