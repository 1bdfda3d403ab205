package nl.motiemonitor.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A council member (raadslid, Kamerlid). */
@Entity
@Table(name = "members")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String name;

    private Long partyId;

    protected Member() {
    }

    Member(Long bodyId, String name, Long partyId) {
        this.bodyId = bodyId;
        this.name = name;
        this.partyId = partyId;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Long partyId() {
        return partyId;
    }
}
