package nl.motiemonitor.letter;

/** What a letter says of an item it answers, and so what registering it does to the item. */
public enum LetterResponse {
    /** The executive considers it done: the item awaits the council's decision. */
    DISCHARGE_CLAIMED("Afdoening geclaimd"),
    /** Work is under way: an open item is now in progress. */
    PROGRESS_ONLY("Alleen voortgang"),
    /** The executive asks for more time: the term moves to the letter's new date, the item is in progress. */
    POSTPONED("Uitstel gevraagd (nieuwe termijn)"),
    /** The letter says it is not done (or will not be done); the status stays as it is. */
    NOT_DISCHARGED("Niet afgedaan volgens de brief");

    private final String label;

    LetterResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
