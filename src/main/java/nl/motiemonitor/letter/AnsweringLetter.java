package nl.motiemonitor.letter;

/** A letter that answers a given item, and what it says of it. */
public record AnsweringLetter(LetterSummary letter, LetterResponse response) {
}
