package nl.motiemonitor.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A body whose council adopts motions: Gemeente Den Haag, Tweede Kamer. Every change is audited (Envers). */
@Entity
@Audited
@Table(name = "bodies")
class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyKind kind;

    private String cbsCode;

    @Column(nullable = false)
    private String theme;

    @Version
    private long version;

    protected Body() {
    }

    Body(String slug, String name, BodyKind kind, String cbsCode, String theme) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.cbsCode = cbsCode;
        this.theme = theme == null ? "voorbeeld" : theme;
    }

    /** What an administrator may change; the slug it had before, when the slug changed, else null. */
    String change(BodyChange change) {
        String former = change.slug().equals(slug) ? null : slug;
        this.slug = change.slug();
        this.name = change.name();
        this.kind = change.kind();
        this.cbsCode = change.cbsCode();
        this.theme = change.theme();
        return former;
    }

    long version() {
        return version;
    }

    String slug() {
        return slug;
    }

    BodyView toView() {
        return new BodyView(id, slug, name, kind, cbsCode, theme);
    }

    Long id() {
        return id;
    }
}
