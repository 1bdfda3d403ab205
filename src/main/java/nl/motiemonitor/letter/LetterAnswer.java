package nl.motiemonitor.letter;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.MotionId;

/** One item a letter answers ({@link ItemId}: a motion or a commitment) and what the letter does with it. */
@Embeddable
public class LetterAnswer {

    private Long motionId;

    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterResponse response;

    /** The term the letter asks for, when it postpones. */
    private LocalDate newDueDate;

    /** The requests of a split motion the letter answers (V30); null: all of them. */
    private Long[] requestIds;

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

    public static LetterAnswer of(ItemId item, LetterResponse response) {
        return of(item, response, null);
    }

    /** @param newDueDate the new term, when (and only when) the letter postpones */
    public static LetterAnswer of(ItemId item, LetterResponse response, LocalDate newDueDate) {
        return java.util.Objects.requireNonNull(item, "item") instanceof MotionId
                ? new LetterAnswer(item.value(), null, response, newDueDate)
                : new LetterAnswer(null, item.value(), response, newDueDate);
    }

    /** The motion or the commitment this answer is about. */
    public ItemId item() {
        return motionId != null ? new MotionId(motionId) : new CommitmentId(commitmentId);
    }

    public LetterResponse response() {
        return response;
    }

    public LocalDate newDueDate() {
        return newDueDate;
    }

    /** The requests of a split motion this answer is about; empty: all of them (or the motion, when not split). */
    public java.util.List<Long> requestIds() {
        return requestIds == null ? java.util.List.of() : java.util.List.of(requestIds);
    }

    /** This answer about only these requests of a split motion (empty: all of them). */
    public LetterAnswer forRequests(java.util.Collection<Long> requests) {
        if (!requests.isEmpty() && motionId == null) {
            throw new IllegalArgumentException("Alleen een motie heeft verzoeken.");
        }
        LetterAnswer answer = new LetterAnswer(motionId, commitmentId, response, newDueDate);
        answer.requestIds = requests.isEmpty() ? null : requests.stream().distinct().sorted().toArray(Long[]::new);
        return answer;
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
                && java.util.Objects.equals(newDueDate, that.newDueDate)
                && java.util.Arrays.equals(requestIds, that.requestIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(motionId, commitmentId, response, newDueDate)
                + 31 * java.util.Arrays.hashCode(requestIds);
    }
}
