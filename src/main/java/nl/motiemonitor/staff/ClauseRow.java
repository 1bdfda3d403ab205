package nl.motiemonitor.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft;

/** One clause of a motion ("constaterende dat …", "verzoekt het college …"), in the motion form and the import. */
class ClauseRow {

    @NotNull(message = "{staff.clause.kind.required}")
    private ClauseKind kind = ClauseKind.NOTING;

    @NotBlank(groups = CompleteRows.class, message = "{staff.clause.text.required}")
    @Size(max = 5000, message = "{staff.clause.text.tooLong}")
    private String text;

    public ClauseRow() {
    }

    ClauseRow(ClauseKind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    static ClauseRow of(MotionDraft.ClauseDraft clause) {
        return new ClauseRow(clause.kind(), clause.text());
    }

    boolean isEmpty() {
        return text == null;
    }

    MotionDraft.ClauseDraft toDraft() {
        return new MotionDraft.ClauseDraft(kind, text);
    }

    public ClauseKind getKind() {
        return kind;
    }

    public void setKind(ClauseKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
