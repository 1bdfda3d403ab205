package nl.motiemonitor.letter;

import java.util.List;

/**
 * A letter that answers a given item, and what it says of it; {@code requestIds}: the requests of a split motion it
 * answers (empty: all of them).
 */
public record AnsweringLetter(LetterSummary letter, LetterResponse response, List<Long> requestIds) {

    public AnsweringLetter(LetterSummary letter, LetterResponse response) {
        this(letter, response, List.of());
    }

    /** Whether the letter answers this request of its motion. */
    public boolean answersRequest(Long requestId) {
        return requestIds.isEmpty() || requestIds.contains(requestId);
    }
}
