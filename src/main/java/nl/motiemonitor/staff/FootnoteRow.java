package nl.motiemonitor.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.motiemonitor.motion.MotionDraft;

/** A footnote of a motion: its marker, the clause (numbered from 1) and the words it follows, and its text. */
class FootnoteRow {

    @NotBlank(message = "Vul het voetnootteken in (bijvoorbeeld 1).")
    @Size(max = 10, message = "Het voetnootteken is te lang (hoogstens 10 tekens).")
    private String marker;

    @NotNull(message = "Vul het nummer van de overweging in waar de voetnoot bij hoort.")
    @Min(value = 1, message = "Het nummer van de overweging begint bij 1.")
    private Integer clauseNumber;

    @NotBlank(message = "Vul de woorden in waar de voetnoot achter staat.")
    @Size(max = 200, message = "De woorden zijn te lang (hoogstens 200 tekens).")
    private String anchor;

    @Size(max = 5000, message = "De tekst van de voetnoot is te lang (hoogstens 5.000 tekens).")
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
