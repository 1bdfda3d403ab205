package nl.motiemonitor.harvest;

import java.util.Comparator;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.harvest.HarvestCounts.Outcome;
import nl.motiemonitor.shared.DomainRuleViolation;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one page of a source in one transaction: its records, and the cursor of the next page. A run that stops
 * then resumes right after the last page it stored, never halfway a page. Letters go first, so a commitment the page
 * also has can name the letter that kept it.
 */
@Component
class PageWriter {

    private final HarvestSources sources;
    private final MotionRecords motions;
    private final CommitmentRecords commitments;
    private final LetterRecords letters;

    PageWriter(HarvestSources sources, MotionRecords motions, CommitmentRecords commitments, LetterRecords letters) {
        this.sources = sources;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
    }

    /**
     * @throws RecordFailedException when a record cannot be stored (nothing of the page is stored then)
     */
    @Transactional
    HarvestCounts store(HarvestSource source, HarvestPage page) {
        HarvestContext context = context(source);
        HarvestCounts counts = HarvestCounts.NONE;
        // a stable sort: letters first, the rest in the source's order
        for (HarvestedRecord record : page.records().stream()
                .sorted(Comparator.comparing(record -> !(record instanceof HarvestedLetter))).toList()) {
            try {
                counts = counts.plus(store(context, record));
            } catch (RuntimeException e) {
                throw new RecordFailedException(record, e);
            }
        }
        sources.pageStored(source.id(), page, counts);
        return counts;
    }

    static HarvestContext context(HarvestSource source) {
        return new HarvestContext(new BodyId(source.bodyId()), source.kind(), source.setup().publish());
    }

    private Outcome store(HarvestContext context, HarvestedRecord record) {
        if (record instanceof HarvestedMotion motion) {
            return motions.store(context, motion);
        }
        if (record instanceof HarvestedCommitment commitment) {
            return commitments.store(context, commitment);
        }
        if (record instanceof HarvestedLetter letter) {
            return letters.store(context, letter);
        }
        HarvestedDeletion deletion = (HarvestedDeletion) record;
        return store(deletion.kind()).delete(context, deletion.sourceId());
    }

    /** The store of a kind of record. */
    RecordStore<?> store(HarvestedRecord.Kind kind) {
        return switch (kind) {
            case MOTION -> motions;
            case COMMITMENT -> commitments;
            case LETTER -> letters;
        };
    }

    /**
     * A record the harvest could not store, and why in Dutch: a rule of the council's business it breaks, or
     * (anything else, logged with its trace) an error nobody can read anything into.
     */
    static class RecordFailedException extends RuntimeException {

        RecordFailedException(HarvestedRecord record, RuntimeException cause) {
            super("Record " + record.sourceId() + " kon niet worden opgeslagen: " + (cause instanceof DomainRuleViolation
                    ? cause.getMessage() : "onverwachte fout; het logboek van de portal zegt meer."), cause);
            if (!(cause instanceof DomainRuleViolation)) {
                LoggerFactory.getLogger(PageWriter.class).error("Record {} niet opgeslagen", record.sourceId(), cause);
            }
        }
    }
}
