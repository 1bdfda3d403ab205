package nl.motiemonitor.motion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A footnote marker that stands right after {@code anchor} in a clause; its note may be unknown. */
@Embeddable
class Footnote {

    @Column(nullable = false)
    private String marker;

    @Column(nullable = false)
    private int clausePosition;

    @Column(nullable = false)
    private String anchor;

    private String text;

    protected Footnote() {
    }

    Footnote(String marker, int clausePosition, String anchor, String text) {
        this.marker = marker;
        this.clausePosition = clausePosition;
        this.anchor = anchor;
        this.text = text;
    }

    String marker() {
        return marker;
    }

    int clausePosition() {
        return clausePosition;
    }

    String anchor() {
        return anchor;
    }

    String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Footnote that
                && java.util.Objects.equals(marker, that.marker)
                && java.util.Objects.equals(clausePosition, that.clausePosition)
                && java.util.Objects.equals(anchor, that.anchor)
                && java.util.Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(marker, clausePosition, anchor, text);
    }
}
