package nl.motiemonitor.dashboard;

import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;

/** Motions adopted and discharged in a quarter ({@code quarter} 1 to 4 of {@code year}). */
public record QuarterFigures(int year, int quarter, long adopted, long discharged) {

    /** "2025 K3" / "2025 Q3" (message {@code dashboard.quarterLabel}). */
    public MessageSourceResolvable label() {
        return Phrase.of("dashboard.quarterLabel", String.valueOf(year), quarter);
    }
}
