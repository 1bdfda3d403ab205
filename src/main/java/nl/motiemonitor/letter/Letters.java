package nl.motiemonitor.letter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemSource;

/** Registers letters. */
@Service
@Transactional
class Letters {

    private final LetterRepository letters;

    Letters(LetterRepository letters) {
        this.letters = letters;
    }

    /**
     * @throws DuplicateLetterReferenceException when the body has a letter with this kenmerk already
     */
    public Long register(LetterDraft draft) {
        if (draft.reference() != null && letters.existsByBodyIdAndReferenceIgnoreCase(draft.bodyId(), draft.reference())) {
            throw new DuplicateLetterReferenceException(draft.reference());
        }
        return letters.save(Letter.register(draft)).id();
    }

    /**
     * Records where a harvest brought the letter from, and what it last saw there: no revision of its own and no new
     * version, so a clerk's open edit form stays valid.
     */
    public void recordSource(BodyId body, Long letterId, ItemSource source) {
        letters.findByIdAndBodyId(letterId, body.value())
                .orElseThrow(() -> new IllegalArgumentException("Brief " + letterId + " bestaat niet."))
                .recordSource(source);
    }

    /**
     * Saves a clerk's edit, if nobody saved the letter since the clerk opened it at {@code expectedVersion}.
     *
     * @throws nl.motiemonitor.shared.EditConflictException when the letter changed in the meantime
     */
    public void revise(BodyId body, Long letterId, long expectedVersion, LetterDraft draft) {
        long bodyId = body.value();
        Letter letter = letters.findByIdAndBodyId(letterId, bodyId)
                .orElseThrow(() -> new IllegalArgumentException("Brief " + letterId + " bestaat niet."));
        if (letter.version() != expectedVersion) {
            throw new nl.motiemonitor.shared.EditConflictException(letter.version());
        }
        if (draft.reference() != null && !draft.reference().equalsIgnoreCase(letter.reference())
                && letters.existsByBodyIdAndReferenceIgnoreCase(bodyId, draft.reference())) {
            throw new DuplicateLetterReferenceException(draft.reference());
        }
        letter.revise(draft);
        letters.flush();
    }
}
