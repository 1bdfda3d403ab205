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
 * @param dateUnknown the day it happened is not known at all (an old register's "afgedaan" without a date): the move
 *                    then dates nothing, where a move without {@code effectiveOn} otherwise counts on the day it was
 *                    recorded
 */
public record StatusChangeDetails(LocalDate effectiveOn, Instant recordedAt, String recordedBy, String reason,
        Long letterId, boolean dateUnknown) {

    public StatusChangeDetails(LocalDate effectiveOn, Instant recordedAt, String recordedBy, String reason,
            Long letterId) {
        this(effectiveOn, recordedAt, recordedBy, reason, letterId, false);
    }

    public StatusChangeDetails {
        if (dateUnknown && effectiveOn != null) {
            throw new IllegalArgumentException("Een statuswijziging met een datum heeft geen onbekende datum.");
        }
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

    /** A move whose day is not known at all: it counts neither in time nor late. */
    public static StatusChangeDetails undated(String recordedBy, String reason) {
        return new StatusChangeDetails(null, Instant.now(), recordedBy, reason, null, true);
    }

    /** The same move for another reason (a move that follows from this one, such as a split motion's). */
    public StatusChangeDetails withReason(String another) {
        return new StatusChangeDetails(effectiveOn, recordedAt, recordedBy, another, letterId, dateUnknown);
    }

    public StatusChangeDetails byLetter(Long letter) {
        return new StatusChangeDetails(effectiveOn, recordedAt, recordedBy, reason, letter, dateUnknown);
    }
}
