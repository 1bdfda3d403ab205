package nl.motiemonitor.letter;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.motiemonitor.shared.DomainRuleViolation;

/** One item a letter answers: a motion or a commitment, never both. */
@Embeddable
public class LetterAnswer {

    private Long motionId;

    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterResponse response;

    /** The term the letter asks for, when it postpones. */
    private LocalDate newDueDate;

    protected LetterAnswer() {
    }

    private LetterAnswer(Long motionId, Long commitmentId, LetterResponse response, LocalDate newDueDate) {
        this.motionId = motionId;
        this.commitmentId = commitmentId;
        this.response = java.util.Objects.requireNonNull(response, "response");
        if ((response == LetterResponse.POSTPONED) != (newDueDate != null)) {
            throw new DomainRuleViolation(response == LetterResponse.POSTPONED ? "rule.letter.postponementWithoutTerm"
                    : "rule.letter.termWithoutPostponement");
        }
        this.newDueDate = newDueDate;
    }

    public static LetterAnswer motion(Long motionId, LetterResponse response) {
        return motion(motionId, response, null);
    }

    public static LetterAnswer commitment(Long commitmentId, LetterResponse response) {
        return commitment(commitmentId, response, null);
    }

    /** @param newDueDate the new term, when (and only when) the letter postpones */
    public static LetterAnswer motion(Long motionId, LetterResponse response, LocalDate newDueDate) {
        return new LetterAnswer(java.util.Objects.requireNonNull(motionId), null, response, newDueDate);
    }

    /** @param newDueDate the new term, when (and only when) the letter postpones */
    public static LetterAnswer commitment(Long commitmentId, LetterResponse response, LocalDate newDueDate) {
        return new LetterAnswer(null, java.util.Objects.requireNonNull(commitmentId), response, newDueDate);
    }

    public Long motionId() {
        return motionId;
    }

    public Long commitmentId() {
        return commitmentId;
    }

    public LetterResponse response() {
        return response;
    }

    public LocalDate newDueDate() {
        return newDueDate;
    }

    public boolean claimsDischarge() {
        return response == LetterResponse.DISCHARGE_CLAIMED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LetterAnswer that
                && java.util.Objects.equals(motionId, that.motionId)
                && java.util.Objects.equals(commitmentId, that.commitmentId)
                && java.util.Objects.equals(response, that.response)
                && java.util.Objects.equals(newDueDate, that.newDueDate);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(motionId, commitmentId, response, newDueDate);
    }
}
