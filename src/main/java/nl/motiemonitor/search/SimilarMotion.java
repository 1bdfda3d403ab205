package nl.motiemonitor.search;

import java.time.LocalDate;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;

/** An adopted, published motion of another body that resembles a given one; {@code path} is its public URL. */
public record SimilarMotion(String bodySlug, String bodyName, String title, LocalDate adoptedOn,
        DatePrecision adoptedOnPrecision, ItemStatus status, String path) {
}
