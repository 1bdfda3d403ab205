package nl.motiemonitor.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party group (fractie) in a body's council. */
@Entity
@Table(name = "parties")
class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String name;

    private String abbreviation;

    protected Party() {
    }

    Party(Long bodyId, String name, String abbreviation) {
        this.bodyId = bodyId;
        this.name = name;
        this.abbreviation = abbreviation;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String abbreviation() {
        return abbreviation;
    }
}
