package nl.motiemonitor.letter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers letters. */
@Service
@Transactional
public class Letters {

    private final LetterRepository letters;

    Letters(LetterRepository letters) {
        this.letters = letters;
    }

    public Long register(LetterDraft draft) {
        return letters.save(Letter.register(draft)).id();
    }
}
