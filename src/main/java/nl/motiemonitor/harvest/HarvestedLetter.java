package nl.motiemonitor.harvest;

import java.net.URI;
import java.time.LocalDate;

/** A letter (raadsinformatiebrief, Kamerbrief) as a source publishes it, e.g. the letter that kept a commitment. */
public record HarvestedLetter(
        String sourceId,
        String reference,
        String title,
        LocalDate sentOn,
        URI sourceUrl) implements HarvestedRecord {
}
