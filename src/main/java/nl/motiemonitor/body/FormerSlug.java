package nl.motiemonitor.body;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug a body had: its old URLs answer with a permanent redirect, unless another body has the slug now. */
@Entity
@Table(name = "body_slug_history")
class FormerSlug {

    @Id
    private String slug;

    @Column(nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private Instant replacedAt;

    protected FormerSlug() {
    }

    FormerSlug(String slug, Long bodyId, Instant replacedAt) {
        this.slug = slug;
        this.bodyId = bodyId;
        this.replacedAt = replacedAt;
    }

    String slug() {
        return slug;
    }

    Long bodyId() {
        return bodyId;
    }

    Instant replacedAt() {
        return replacedAt;
    }
}
