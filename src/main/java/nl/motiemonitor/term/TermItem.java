package nl.motiemonitor.term;

/** The kinds of item that have a term, with the column that points at them from term tables. */
public enum TermItem {
    MOTION("motion_id"),
    COMMITMENT("commitment_id");

    private final String column;

    TermItem(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
