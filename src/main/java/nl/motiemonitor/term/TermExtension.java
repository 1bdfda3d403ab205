package nl.motiemonitor.term;

import java.time.Instant;
import java.time.LocalDate;

/** One extension of a term: "termijn verlengd van {from} naar {to}: {reason}"; {@code from} is null without a term. */
public record TermExtension(LocalDate from, LocalDate to, String reason, Long letterId, Instant recordedAt,
        String recordedBy) {
}
