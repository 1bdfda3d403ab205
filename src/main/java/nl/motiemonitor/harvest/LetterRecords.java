package nl.motiemonitor.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterCatalog.EditableLetter;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemSource;
import org.springframework.stereotype.Component;

/**
 * Harvested letters as the body's letters: its reference (kenmerk), subject and date; the commitments it kept link
 * to it as they are harvested ({@link #answer}). A harvested letter has no text: its source's page has it.
 */
@Component
class LetterRecords extends RecordStore<HarvestedLetter> {

    static final String REFERENCE = "reference";
    static final String TITLE = "title";
    static final String SENT_ON = "sentOn";

    private static final int REFERENCE_LENGTH = 100;
    private static final int TITLE_LENGTH = 500;

    private final LetterRegistration letters;
    private final LetterCatalog catalog;

    LetterRecords(ConflictStore conflicts, LetterRegistration letters, LetterCatalog catalog) {
        super(conflicts);
        this.letters = letters;
        this.catalog = catalog;
    }

    @Override
    HarvestedRecord.Kind kind() {
        return HarvestedRecord.Kind.LETTER;
    }

    @Override
    Map<String, String> incoming(HarvestedLetter letter) {
        return FieldValues.builder()
                .put(REFERENCE, FieldValues.text(letter.reference(), REFERENCE_LENGTH))
                .put(TITLE, FieldValues.text(letter.title(), TITLE_LENGTH))
                .put(SENT_ON, letter.sentOn())
                .build();
    }

    @Override
    Optional<Long> findBySource(HarvestContext context, String sourceId) {
        return catalog.findBySource(context.body(), context.kind().name(), sourceId);
    }

    /** The letter harvested from the source's record {@code sourceId}, with what revising it needs. */
    Optional<EditableLetter> editableBySource(HarvestContext context, String sourceId) {
        return findBySource(context, sourceId).flatMap(id -> catalog.editable(context.body(), id));
    }

    @Override
    Optional<Long> unsourced(HarvestContext context, HarvestedLetter letter) {
        String reference = FieldValues.text(letter.reference(), REFERENCE_LENGTH);
        return reference == null ? Optional.empty() : catalog.findByReference(context.body(), reference)
                .flatMap(found -> catalog.editable(context.body(), found.id()))
                .filter(found -> found.source() == null).map(EditableLetter::id);
    }

    @Override
    Optional<Long> register(HarvestContext context, HarvestedLetter letter) {
        LetterDraft empty = new LetterDraft(context.bodyId(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of(), List.of(), context.publish());
        return Optional.of(letters.register(draft(empty, incoming(letter), empty.answers(), empty.published()),
                HarvestContext.ACTOR));
    }

    @Override
    Map<String, String> current(HarvestContext context, long id) {
        LetterDraft draft = editable(context, id).draft();
        return FieldValues.builder()
                .put(REFERENCE, draft.reference())
                .put(TITLE, draft.subject())
                .put(SENT_ON, draft.sentOn())
                .build();
    }

    @Override
    void apply(HarvestContext context, long id, Map<String, String> values, HarvestedLetter letter) {
        EditableLetter editable = editable(context, id);
        LetterDraft draft = editable.draft();
        letters.revise(context.body(), id, editable.version(), draft(draft, values, draft.answers(),
                draft.published()), HarvestContext.ACTOR);
    }

    /**
     * The letter answers the item too: it kept a harvested commitment. The item was moved by this letter already,
     * so the answer moves nothing again.
     */
    void answer(HarvestContext context, long letterId, ItemId item, LetterResponse response) {
        EditableLetter editable = editable(context, letterId);
        LetterDraft draft = editable.draft();
        if (draft.answers().stream().anyMatch(answer -> answer.item().equals(item))) {
            return;
        }
        List<LetterAnswer> answers = new ArrayList<>(draft.answers());
        answers.add(LetterAnswer.of(item, response));
        letters.revise(context.body(), letterId, editable.version(), draft(draft, Map.of(), answers,
                draft.published()), HarvestContext.ACTOR);
    }

    @Override
    ItemSource source(HarvestContext context, long id) {
        return editable(context, id).source();
    }

    @Override
    void recordSource(HarvestContext context, long id, ItemSource source) {
        letters.recordSource(context.body(), id, source);
    }

    @Override
    boolean published(HarvestContext context, long id) {
        return editable(context, id).draft().published();
    }

    @Override
    void publish(HarvestContext context, long id, boolean published) {
        EditableLetter editable = editable(context, id);
        LetterDraft draft = editable.draft();
        if (draft.published() != published) {
            letters.revise(context.body(), id, editable.version(), draft(draft, Map.of(), draft.answers(),
                    published), HarvestContext.ACTOR);
        }
    }

    private EditableLetter editable(HarvestContext context, long id) {
        return catalog.editable(context.body(), id)
                .orElseThrow(() -> new IllegalStateException("Brief " + id + " bestaat niet meer."));
    }

    /** The draft with these fields' values (in the harvest's notation), these answers and publication. */
    private static LetterDraft draft(LetterDraft draft, Map<String, String> values, List<LetterAnswer> answers,
            boolean published) {
        return new LetterDraft(draft.bodyId(),
                values.containsKey(SENT_ON) ? FieldValues.date(values.get(SENT_ON)) : draft.sentOn(),
                values.containsKey(TITLE) ? values.get(TITLE) : draft.subject(),
                values.containsKey(REFERENCE) ? values.get(REFERENCE) : draft.reference(),
                draft.registrationNumber(), draft.yourReference(), draft.addressee(), draft.contactName(),
                draft.department(), draft.unit(), draft.phone(), draft.email(), draft.attachmentCount(),
                draft.sender(), draft.fullText(), draft.signatories(), draft.footnotes(), answers, published);
    }
}
