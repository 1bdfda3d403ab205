package nl.motiemonitor.motion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class Clause {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClauseKind kind;

    @Column(nullable = false)
    private String text;

    protected Clause() {
    }

    Clause(ClauseKind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    ClauseKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clause that
                && java.util.Objects.equals(kind, that.kind)
                && java.util.Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, text);
    }
}
