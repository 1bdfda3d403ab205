package nl.motiemonitor.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.motion.MotionDraft;

/** A footnote of a motion: its marker, the clause (numbered from 1) and the words it follows, and its text. */
class FootnoteRow {

    @NotBlank(message = "{staff.footnote.marker.required}")
    @Size(max = 10, message = "{staff.footnote.marker.tooLong}")
    private String marker;

    @NotNull(message = "{staff.footnote.clauseNumber.required}")
    @Min(value = 1, message = "{staff.footnote.clauseNumber.min}")
    private Integer clauseNumber;

    @NotBlank(message = "{staff.footnote.anchor.required}")
    @Size(max = 200, message = "{staff.footnote.anchor.tooLong}")
    private String anchor;

    @Size(max = 5000, message = "{staff.footnote.text.tooLong}")
    private String text;

    public FootnoteRow() {
    }

    FootnoteRow(String marker, Integer clauseNumber, String anchor, String text) {
        this.marker = marker;
        this.clauseNumber = clauseNumber;
        this.anchor = anchor;
        this.text = text;
    }

    static FootnoteRow of(MotionDraft.FootnoteDraft footnote) {
        return new FootnoteRow(footnote.marker(), footnote.clauseIndex() + 1, footnote.anchor(), footnote.text());
    }

    /** A row the clerk added and left empty: ignored, not refused. */
    boolean isEmpty() {
        return marker == null && clauseNumber == null && anchor == null && text == null;
    }

    /** Whether the footnote belongs to the clause with this text (numbered from 1) and its words are still in it. */
    boolean fits(int number, String clauseText) {
        return clauseNumber != null && clauseNumber == number && anchor != null && clauseText != null
                && clauseText.contains(anchor);
    }

    /** The footnote, attached to the clause at {@code clauseIndex} of the draft (from 0). */
    MotionDraft.FootnoteDraft toDraft(int clauseIndex) {
        return new MotionDraft.FootnoteDraft(marker, clauseIndex, anchor, text);
    }

    public String getMarker() {
        return marker;
    }

    public void setMarker(String marker) {
        this.marker = marker;
    }

    public Integer getClauseNumber() {
        return clauseNumber;
    }

    public void setClauseNumber(Integer clauseNumber) {
        this.clauseNumber = clauseNumber;
    }

    public String getAnchor() {
        return anchor;
    }

    public void setAnchor(String anchor) {
        this.anchor = anchor;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
