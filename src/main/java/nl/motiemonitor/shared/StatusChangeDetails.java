package nl.motiemonitor.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person records with every status change.
 *
 * @param effectiveOn the day it happened (e.g. the letter's date), {@code null} when unknown
 * @param recordedAt  when it was recorded
 * @param recordedBy  who recorded it
 * @param reason      why, in words; required
 * @param letterId    the letter that caused it, if any
 */
public record StatusChangeDetails(LocalDate effectiveOn, Instant recordedAt, String recordedBy, String reason,
        Long letterId) {

    public StatusChangeDetails {
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("Vermeld wie de statuswijziging vastlegt.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Een statuswijziging vraagt een reden.");
        }
    }

    public static StatusChangeDetails of(LocalDate effectiveOn, String recordedBy, String reason) {
        return new StatusChangeDetails(effectiveOn, Instant.now(), recordedBy, reason, null);
    }

    public StatusChangeDetails byLetter(Long letter) {
        return new StatusChangeDetails(effectiveOn, recordedAt, recordedBy, reason, letter);
    }
}
