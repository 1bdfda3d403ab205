package nl.motiemonitor.term;

import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.MotionId;

/** The kinds of item that have a term, with the column that points at them from term tables. */
public enum TermItem {
    MOTION("motion_id"),
    COMMITMENT("commitment_id");

    private final String column;

    TermItem(String column) {
        this.column = column;
    }

    static TermItem of(ItemId item) {
        return item instanceof MotionId ? MOTION : COMMITMENT;
    }

    String column() {
        return column;
    }
}
