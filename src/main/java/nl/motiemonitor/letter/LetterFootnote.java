package nl.motiemonitor.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A footnote marker standing right after {@code anchor} in paragraph {@code paragraph} of the letter's text. */
@Embeddable
public class LetterFootnote {

    @Column(nullable = false)
    private String marker;

    @Column(nullable = false)
    private int paragraph;

    @Column(nullable = false)
    private String anchor;

    private String text;

    protected LetterFootnote() {
    }

    public LetterFootnote(String marker, int paragraph, String anchor, String text) {
        this.marker = marker;
        this.paragraph = paragraph;
        this.anchor = anchor;
        this.text = text;
    }

    public String marker() {
        return marker;
    }

    public int paragraph() {
        return paragraph;
    }

    public String anchor() {
        return anchor;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LetterFootnote that
                && java.util.Objects.equals(marker, that.marker)
                && java.util.Objects.equals(paragraph, that.paragraph)
                && java.util.Objects.equals(anchor, that.anchor)
                && java.util.Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(marker, paragraph, anchor, text);
    }
}
