package nl.motiemonitor.harvest;

import java.net.URI;
import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/**
 * A commitment (toezegging) as a source publishes it.
 *
 * @param status              mapped from the source's word (Openstaand → OPEN, Deels afgedaan → IN_PROGRESS,
 *                            Afgedaan/Voldaan → DISCHARGED, Vervallen → LAPSED); null when unknown
 * @param responsible         who must keep it: a ministry, a portfolio holder
 * @param keptByLetterSourceId the source id of the letter that kept it (the Kamer's KamerbriefNakoming), if any
 * @param promisedTo          the member it was promised to, as "Naam (Fractie)" or "Naam" (the Kamer's
 *                            ToegezegdAan); null when the source names nobody
 */
public record HarvestedCommitment(
        String sourceId,
        String number,
        String text,
        LocalDate promisedOn,
        LocalDate dueDate,
        ItemStatus status,
        String responsible,
        String keptByLetterSourceId,
        URI sourceUrl,
        String promisedTo) implements HarvestedRecord {

    /** A commitment promised to nobody in particular (or the source does not say to whom). */
    public HarvestedCommitment(String sourceId, String number, String text, LocalDate promisedOn, LocalDate dueDate,
            ItemStatus status, String responsible, String keptByLetterSourceId, URI sourceUrl) {
        this(sourceId, number, text, promisedOn, dueDate, status, responsible, keptByLetterSourceId, sourceUrl, null);
    }
}
