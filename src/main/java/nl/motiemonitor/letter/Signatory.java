package nl.motiemonitor.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Signatory {

    @Column(nullable = false)
    private String name;

    private String role;

    protected Signatory() {
    }

    public Signatory(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Een ondertekenaar zonder naam.");
        }
        this.name = name.strip();
        this.role = role;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signatory that
                && java.util.Objects.equals(name, that.name)
                && java.util.Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, role);
    }
}
