package nl.motiemonitor.shared;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step in an item's history: who recorded which move, when it took effect, and why. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    private ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus toStatus;

    /** The day the move happened in the world (a letter's date); {@code null} when the source does not say. */
    private LocalDate effectiveOn;

    /** The day of the move is not known at all: it dates nothing (see {@link StatusChangeDetails#dateUnknown()}). */
    @Column(nullable = false)
    private boolean dateUnknown;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private String reason;

    /** The letter that caused the move, if any. */
    private Long letterId;

    protected StatusChange() {
    }

    /** A move as it was stored, for the pages that read it without the entity (the public read models). */
    public static StatusChange of(ItemStatus fromStatus, ItemStatus toStatus, StatusChangeDetails details) {
        return new StatusChange(fromStatus, toStatus, details);
    }

    StatusChange(ItemStatus fromStatus, ItemStatus toStatus, StatusChangeDetails details) {
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = details.effectiveOn();
        this.dateUnknown = details.dateUnknown();
        this.recordedAt = details.recordedAt();
        this.recordedBy = details.recordedBy();
        this.reason = details.reason();
        this.letterId = details.letterId();
    }

    public ItemStatus fromStatus() {
        return fromStatus;
    }

    public ItemStatus toStatus() {
        return toStatus;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public boolean dateUnknown() {
        return dateUnknown;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String reason() {
        return reason;
    }

    public Long letterId() {
        return letterId;
    }
}
