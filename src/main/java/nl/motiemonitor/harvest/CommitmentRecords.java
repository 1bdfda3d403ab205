package nl.motiemonitor.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentCatalog.EditableCommitment;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterCatalog.EditableLetter;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.LifecycleWalk;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Component;

/**
 * Harvested commitments as the body's commitments: text, the day it was made, the term, who must keep it (the
 * portfolio holder), the member it was promised to, and its status. The status is reached through the lifecycle, one
 * recorded move at a time and never backwards ({@link LifecycleWalk}: Openstaand → Afgedaan is recorded as a proposed
 * and an accepted discharge, on no known day); the letter that kept it, harvested before it, is the letter of the
 * first move and answers it.
 */
@Component
class CommitmentRecords extends RecordStore<HarvestedCommitment> {

    static final String TEXT = "text";
    static final String PROMISED_ON = "promisedOn";
    static final String DUE_DATE = "dueDate";
    static final String STATUS = "status";
    static final String RESPONSIBLE = "responsible";
    static final String PROMISED_TO = "promisedTo";

    private static final int NUMBER_LENGTH = 40;

    private final Commitments commitments;
    private final CommitmentCatalog catalog;
    private final LetterRecords letters;
    private final Bodies bodies;
    private final Terms terms;

    CommitmentRecords(ConflictStore conflicts, Commitments commitments, CommitmentCatalog catalog,
            LetterRecords letters, Bodies bodies, Terms terms) {
        super(conflicts);
        this.commitments = commitments;
        this.catalog = catalog;
        this.letters = letters;
        this.bodies = bodies;
        this.terms = terms;
    }

    @Override
    HarvestedRecord.Kind kind() {
        return HarvestedRecord.Kind.COMMITMENT;
    }

    @Override
    Map<String, String> incoming(HarvestedCommitment commitment) {
        LocalDate due = commitment.dueDate() != null && commitment.promisedOn() != null
                && commitment.dueDate().isBefore(commitment.promisedOn()) ? null : commitment.dueDate();
        return FieldValues.builder()
                .put(TEXT, commitment.text())
                .put(PROMISED_ON, commitment.promisedOn())
                .put(DUE_DATE, due)
                .put(STATUS, commitment.status())
                .put(RESPONSIBLE, commitment.responsible())
                .put(PROMISED_TO, commitment.promisedTo() == null || commitment.promisedTo().isBlank() ? null
                        : MemberName.parse(commitment.promisedTo()).line())
                .build();
    }

    @Override
    Optional<Long> findBySource(HarvestContext context, String sourceId) {
        return catalog.findBySource(context.body(), context.kind().name(), sourceId);
    }

    @Override
    Optional<Long> unsourced(HarvestContext context, HarvestedCommitment commitment) {
        String number = FieldValues.text(commitment.number(), NUMBER_LENGTH);
        return number == null ? Optional.empty() : catalog.findByNumber(context.body(), number)
                .flatMap(found -> catalog.editable(context.body(), found.id()))
                .filter(found -> found.source() == null).map(EditableCommitment::id);
    }

    @Override
    Optional<Long> register(HarvestContext context, HarvestedCommitment commitment) {
        Map<String, String> values = incoming(commitment);
        if (!values.containsKey(TEXT)) {
            return Optional.empty();
        }
        CommitmentDraft draft = withValues(context, new CommitmentDraft(context.bodyId(), null, null, null, null,
                null, null, null, context.publish()), values);
        long id = commitments.register(FieldValues.text(commitment.number(), NUMBER_LENGTH), draft,
                context.details(draft.madeOn(), context.reason()));
        if (values.containsKey(STATUS)) {
            move(context, id, ItemStatus.OPEN, ItemStatus.valueOf(values.get(STATUS)), commitment);
        }
        assign(context, id, values);
        return Optional.of(id);
    }

    @Override
    Map<String, String> current(HarvestContext context, long id) {
        EditableCommitment editable = editable(context, id);
        CommitmentDraft draft = editable.draft();
        String promisedTo = draft.requestedByMemberId() == null ? null
                : bodies.members(List.of(draft.requestedByMemberId())).stream()
                        .map(member -> new MemberName(member.name(), member.party()).line()).findFirst().orElse(null);
        return FieldValues.builder()
                .put(TEXT, draft.text())
                .put(PROMISED_ON, draft.madeOn())
                .put(DUE_DATE, draft.dueDate())
                .put(STATUS, editable.status())
                .put(RESPONSIBLE, terms.term(new CommitmentId(id)).map(ItemTerm::portfolioHolder).orElse(null))
                .put(PROMISED_TO, promisedTo)
                .build();
    }

    @Override
    void apply(HarvestContext context, long id, Map<String, String> values, HarvestedCommitment commitment) {
        if (values.containsKey(TEXT) || values.containsKey(PROMISED_ON) || values.containsKey(DUE_DATE)
                || values.containsKey(PROMISED_TO)) {
            EditableCommitment editable = editable(context, id);
            commitments.revise(context.body(), id, editable.version(), withValues(context, editable.draft(), values));
        }
        if (values.containsKey(STATUS)) {
            move(context, id, editable(context, id).status(), ItemStatus.valueOf(values.get(STATUS)), commitment);
        }
        assign(context, id, values);
    }

    /** The lifecycle moves on only: a status it cannot reach from the item's is for the clerk to decide. */
    @Override
    boolean applicable(String field, String current, String incoming) {
        return !STATUS.equals(field) || current == null
                || !LifecycleWalk.path(ItemStatus.valueOf(current), ItemStatus.valueOf(incoming)).isEmpty();
    }

    @Override
    ItemSource source(HarvestContext context, long id) {
        return editable(context, id).source();
    }

    @Override
    void recordSource(HarvestContext context, long id, ItemSource source) {
        commitments.recordSource(context.body(), id, source);
    }

    @Override
    boolean published(HarvestContext context, long id) {
        return editable(context, id).draft().published();
    }

    @Override
    void publish(HarvestContext context, long id, boolean published) {
        EditableCommitment editable = editable(context, id);
        CommitmentDraft draft = editable.draft();
        if (draft.published() != published) {
            commitments.revise(context.body(), id, editable.version(), new CommitmentDraft(draft.bodyId(),
                    draft.text(), draft.madeOn(), draft.madeIn(), draft.madeInLetterId(), draft.requestedByMemberId(),
                    draft.dueDate(), draft.dueDateText(), published));
        }
    }

    /**
     * Walks the lifecycle to the source's status. The letter that kept the commitment, when the source names it and
     * it was harvested, makes the first move (on its date, linked to it) and answers the commitment: claiming its
     * discharge, or reporting progress; the other moves are on no known day.
     */
    private void move(HarvestContext context, long id, ItemStatus from, ItemStatus to,
            HarvestedCommitment commitment) {
        Optional<EditableLetter> letter = commitment == null || commitment.keptByLetterSourceId() == null
                ? Optional.empty() : letters.editableBySource(context, commitment.keptByLetterSourceId());
        CommitmentId item = new CommitmentId(id);
        String reason = "Status volgens " + context.kind().label() + ": " + to.label().toLowerCase(Locale.ROOT)
                + ".";
        LetterResponse answered = null;
        ItemStatus at = from;
        for (ItemStatus next : LifecycleWalk.path(from, to)) {
            StatusChangeDetails details = StatusChangeDetails.undated(HarvestContext.ACTOR, reason);
            boolean byLetter = letter.isPresent() && answered == null && (next == ItemStatus.DISCHARGE_PROPOSED
                    || next == ItemStatus.IN_PROGRESS && at == ItemStatus.OPEN);
            if (byLetter) {
                details = context.details(letter.get().draft().sentOn(), reason).byLetter(letter.get().id());
                answered = next == ItemStatus.DISCHARGE_PROPOSED ? LetterResponse.DISCHARGE_CLAIMED
                        : LetterResponse.PROGRESS_ONLY;
            }
            LifecycleWalk.step(commitments, item, at, next, details);
            at = next;
        }
        if (answered != null) {
            letters.answer(context, letter.get().id(), item, answered);
        }
    }

    private void assign(HarvestContext context, long id, Map<String, String> values) {
        if (values.containsKey(RESPONSIBLE)) {
            CommitmentId commitment = new CommitmentId(id);
            terms.assign(commitment, context.body(), terms.term(commitment).map(ItemTerm::department).orElse(null),
                    values.get(RESPONSIBLE), HarvestContext.ACTOR);
        }
    }

    private EditableCommitment editable(HarvestContext context, long id) {
        return catalog.editable(context.body(), id)
                .orElseThrow(() -> new IllegalStateException("Toezegging " + id + " bestaat niet meer."));
    }

    /** The draft with these fields' values (in the harvest's notation); the others as they are. */
    private CommitmentDraft withValues(HarvestContext context, CommitmentDraft draft, Map<String, String> values) {
        Long promisedTo = draft.requestedByMemberId();
        if (values.containsKey(PROMISED_TO)) {
            promisedTo = bodies.memberIds(context.body(), List.of(MemberName.parse(values.get(PROMISED_TO)))).get(0);
        }
        return new CommitmentDraft(draft.bodyId(), values.containsKey(TEXT) ? values.get(TEXT) : draft.text(),
                values.containsKey(PROMISED_ON) ? FieldValues.date(values.get(PROMISED_ON)) : draft.madeOn(),
                draft.madeIn(), draft.madeInLetterId(), promisedTo,
                values.containsKey(DUE_DATE) ? FieldValues.date(values.get(DUE_DATE)) : draft.dueDate(),
                draft.dueDateText(), draft.published());
    }
}
