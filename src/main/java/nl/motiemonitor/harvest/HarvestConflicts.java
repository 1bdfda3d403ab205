package nl.motiemonitor.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.shared.AuditContext;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The harvest's conflicts with clerks' edits, as the staff area shows them (both values, in the page's language),
 * and the clerk's decision: take the source's value ("Bronwaarde overnemen", written to the item as a harvest would,
 * in the item's history with the clerk's name) or keep their own ("Eigen waarde houden": the harvest will not raise
 * this value of the source again).
 */
@Service
public class HarvestConflicts {

    /**
     * An open conflict: the item (its staff path under the body, "moties/12", and its name), the field, the source's
     * value and the item's when the harvest saw them.
     */
    public record ConflictView(long id, String itemPath, MessageSourceResolvable item, MessageSourceResolvable field,
            MessageSourceResolvable harvested, MessageSourceResolvable current, Instant seenAt) {
    }

    private final ConflictStore conflicts;
    private final PageWriter stores;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final TransactionTemplate transaction;

    HarvestConflicts(ConflictStore conflicts, PageWriter stores, MotionCatalog motions, CommitmentCatalog commitments,
            LetterCatalog letters, PlatformTransactionManager transactions) {
        this.conflicts = conflicts;
        this.stores = stores;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The body's open conflicts, oldest first. */
    public List<ConflictView> open(BodyId body) {
        return transaction.execute(status -> conflicts.open(body.value()).stream()
                .map(conflict -> view(body, conflict)).toList());
    }

    /** Whether the body has this open conflict. */
    public boolean isOpen(BodyId body, long conflictId) {
        return conflicts.open(body.value(), conflictId).isPresent();
    }

    /**
     * The clerk takes the source's value.
     *
     * @return false when the body has no such open conflict
     * @throws nl.motiemonitor.shared.DomainRuleViolation when the item cannot take it (a step back in its lifecycle)
     */
    public boolean takeSource(BodyId body, long conflictId, String clerk) {
        Optional<ConflictStore.Conflict> open = conflicts.open(body.value(), conflictId);
        open.ifPresent(conflict -> AuditContext.as(clerk, "Bronwaarde overgenomen na een conflict met de oogst",
                () -> transaction.execute(status -> {
                    stores.store(conflict.item().kind()).take(body, conflict.item().id(), conflict.field(),
                            conflict.harvested());
                    conflicts.resolve(conflict.id(), "SOURCE", clerk);
                    return null;
                })));
        return open.isPresent();
    }

    /**
     * The clerk keeps their own value.
     *
     * @return false when the body has no such open conflict
     */
    public boolean keepOwn(BodyId body, long conflictId, String clerk) {
        Optional<ConflictStore.Conflict> open = conflicts.open(body.value(), conflictId);
        open.ifPresent(conflict -> conflicts.resolve(conflict.id(), "OWN", clerk));
        return open.isPresent();
    }

    private ConflictView view(BodyId body, ConflictStore.Conflict conflict) {
        long id = conflict.item().id();
        String path;
        MessageSourceResolvable item;
        switch (conflict.item().kind()) {
            case MOTION -> {
                path = "moties/" + id;
                item = motions.find(body, id).map(motion -> motion.summary().label()).orElse(Phrase.text("?"));
            }
            case COMMITMENT -> {
                path = "toezeggingen/" + id;
                item = commitments.find(body, id).map(commitment -> Phrase.text(commitment.summary().number()))
                        .orElse(Phrase.text("?"));
            }
            default -> {
                path = "brieven/" + id;
                item = letters.find(body, id).map(letter -> letter.summary().label()).orElse(Phrase.text("?"));
            }
        }
        return new ConflictView(conflict.id(), path, item, FieldFormat.field(conflict.field()),
                FieldFormat.value(conflict.field(), conflict.harvested()),
                FieldFormat.value(conflict.field(), conflict.current()), conflict.seenAt());
    }
}
