package nl.motiemonitor.harvest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.harvest.HarvestCounts.Outcome;
import nl.motiemonitor.shared.DomainRuleViolation;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one page of a source in one transaction: its records, and the cursor of the next page. A run that stops
 * then resumes right after the last page it stored, never halfway a page. Letters go first, so a commitment the page
 * also has can name the letter that kept it. A record that breaks a rule of the council's business does not hold up
 * the rest: {@link Harvester} stores the page again without it, and it is listed as a problem of the source
 * ({@link HarvestProblems}) until a harvest reads it again and can store it.
 */
@Component
class PageWriter {

    private final HarvestSources sources;
    private final MotionRecords motions;
    private final CommitmentRecords commitments;
    private final LetterRecords letters;
    private final HarvestProblems problems;

    PageWriter(HarvestSources sources, MotionRecords motions, CommitmentRecords commitments, LetterRecords letters,
            HarvestProblems problems) {
        this.sources = sources;
        this.problems = problems;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
    }

    /**
     * Stores the page, leaving out the records in {@code skipped} (each recorded as a problem of the source, the rest
     * of the page stored as usual).
     *
     * @throws RecordRefusedException when a record breaks a rule of the council's business (nothing of the page is
     *                                stored then: store the page again, skipping that record too)
     * @throws RecordFailedException  when a record cannot be stored for another reason (nothing of the page is stored)
     */
    @Transactional
    HarvestCounts store(HarvestSource source, HarvestPage page, List<Skipped> skipped) {
        HarvestContext context = context(source);
        HarvestCounts counts = HarvestCounts.NONE;
        List<HarvestedRecord> stored = new ArrayList<>();
        // a stable sort: letters first, the rest in the source's order
        for (HarvestedRecord record : page.records().stream()
                .sorted(Comparator.comparing(record -> !(record instanceof HarvestedLetter))).toList()) {
            Optional<Skipped> skip = skipped.stream().filter(problem -> problem.record() == record).findFirst();
            if (skip.isPresent()) {
                problems.skipped(source.id(), record, skip.get().message());
                counts = counts.plus(Outcome.REFUSED);
                continue;
            }
            try {
                counts = counts.plus(store(context, record));
            } catch (DomainRuleViolation e) {
                throw new RecordRefusedException(new Skipped(record, describe(record) + e.getMessage()));
            } catch (RuntimeException e) {
                throw new RecordFailedException(record, e);
            }
            stored.add(record);
        }
        problems.stored(source.id(), stored);
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

    /** "Motie M12 Meer groen op schoolpleinen: ": which record a problem is about, as a clerk knows it. */
    private static String describe(HarvestedRecord record) {
        String name = record instanceof HarvestedMotion motion ? join(motion.number(), motion.title())
                : record instanceof HarvestedCommitment commitment ? join(commitment.number(), commitment.text())
                : record instanceof HarvestedLetter letter ? join(letter.reference(), letter.title()) : null;
        String kind = switch (record.kind()) {
            case MOTION -> "Motie";
            case COMMITMENT -> "Toezegging";
            case LETTER -> "Brief";
        };
        return name == null ? "" : kind + " " + FieldValues.text(name, 120) + ": ";
    }

    private static String join(String number, String title) {
        if (title == null || title.isBlank()) {
            return number;
        }
        return number == null || number.isBlank() || title.startsWith(number) ? title : number + " " + title;
    }

    /** A record to leave out of its page, and why in Dutch (a rule of the council's business it breaks). */
    record Skipped(HarvestedRecord record, String message) {
    }

    /** A record breaks a rule of the council's business: the page is stored again without it. */
    static class RecordRefusedException extends RuntimeException {

        private final transient Skipped skipped;

        RecordRefusedException(Skipped skipped) {
            super(skipped.message());
            this.skipped = skipped;
        }

        Skipped skipped() {
            return skipped;
        }
    }

    /**
     * A record the harvest could not store for a reason that is no rule of the council's business (a fault of the
     * portal, logged with its trace): the run stops, so nothing is skipped for it.
     */
    static class RecordFailedException extends RuntimeException {

        RecordFailedException(HarvestedRecord record, RuntimeException cause) {
            super("Record " + record.sourceId() + " kon niet worden opgeslagen: onverwachte fout; het logboek van de"
                    + " portal zegt meer.", cause);
            LoggerFactory.getLogger(PageWriter.class).error("Record {} niet opgeslagen", record.sourceId(), cause);
        }
    }
}
