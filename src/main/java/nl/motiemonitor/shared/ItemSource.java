package nl.motiemonitor.shared;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.ColumnTransformer;

/**
 * Where a harvested item (motion, commitment, letter) comes from (V35): the kind of source ({@code TWEEDE_KAMER},
 * {@code NOTUBIZ}, {@code IBABS}), the source's own id of the record (unique per body and kind), the record's page
 * at the source, and what the harvest needs to tell a clerk's later edit from its own: {@code values}, a JSON object
 * the harvest writes and reads (this module only keeps it), and when the source deleted the record, if it did.
 * An item no harvest brought has none ({@code null}).
 */
@Embeddable
public class ItemSource {

    @Column(name = "source_kind")
    private String kind;

    @Column(name = "source_id")
    private String sourceId;

    @Column(name = "source_url")
    private String url;

    @Column(name = "source_values", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String values;

    @Column(name = "source_deleted_at")
    private Instant deletedAt;

    protected ItemSource() {
    }

    public ItemSource(String kind, String sourceId, String url, String values, Instant deletedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.url = url;
        this.values = values;
        this.deletedAt = deletedAt;
    }

    public String kind() {
        return kind;
    }

    public String sourceId() {
        return sourceId;
    }

    public String url() {
        return url;
    }

    public String values() {
        return values;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    /** What a page shows of it: "Bron: Tweede Kamer (open data)", linking the record's page, and its deletion. */
    public SourceLink link() {
        return new SourceLink(kind, url, deletedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemSource that && kind.equals(that.kind) && sourceId.equals(that.sourceId)
                && Objects.equals(url, that.url) && Objects.equals(values, that.values)
                && Objects.equals(deletedAt, that.deletedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, sourceId);
    }
}
