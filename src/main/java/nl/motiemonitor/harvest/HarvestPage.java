package nl.motiemonitor.harvest;

import java.util.List;

/**
 * One page read from a source: its records, and the cursor of the next page ({@code null} on the last page).
 * {@code resumeCursor} is where a later harvest starts once this was the last page (e.g. "changed since" the newest
 * change seen); {@code null} means start from the beginning again.
 */
public record HarvestPage(List<HarvestedRecord> records, String nextCursor, String resumeCursor) {

    public HarvestPage {
        records = List.copyOf(records);
    }

    public boolean last() {
        return nextCursor == null;
    }
}
