package nl.motiemonitor.shared;

import java.util.Optional;

/**
 * What a letter can answer and what has a term: a motion or a commitment, by id. In forms an item is named
 * {@code motie:12} or {@code toezegging:7} ({@link #formValue()}, {@link #parse(String)}).
 */
public sealed interface ItemId permits MotionId, CommitmentId {

    long value();

    /** "motie:12", "toezegging:7". */
    String formValue();

    /** The item a form value names, or empty when it names none. */
    static Optional<ItemId> parse(String formValue) {
        int colon = formValue == null ? -1 : formValue.indexOf(':');
        if (colon < 0 || colon == formValue.length() - 1 || formValue.length() - colon > 19) {
            return Optional.empty();
        }
        String digits = formValue.substring(colon + 1);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return switch (formValue.substring(0, colon)) {
            case MotionId.FORM_PREFIX -> Optional.of(new MotionId(id));
            case CommitmentId.FORM_PREFIX -> Optional.of(new CommitmentId(id));
            default -> Optional.empty();
        };
    }
}
