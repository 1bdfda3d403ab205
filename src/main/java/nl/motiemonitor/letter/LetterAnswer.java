package nl.motiemonitor.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item a letter answers: a motion or a commitment, never both. */
@Embeddable
public class LetterAnswer {

    private Long motionId;

    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterResponse response;

    protected LetterAnswer() {
    }

    private LetterAnswer(Long motionId, Long commitmentId, LetterResponse response) {
        this.motionId = motionId;
        this.commitmentId = commitmentId;
        this.response = java.util.Objects.requireNonNull(response, "response");
    }

    public static LetterAnswer motion(Long motionId, LetterResponse response) {
        return new LetterAnswer(java.util.Objects.requireNonNull(motionId), null, response);
    }

    public static LetterAnswer commitment(Long commitmentId, LetterResponse response) {
        return new LetterAnswer(null, java.util.Objects.requireNonNull(commitmentId), response);
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

    public boolean claimsDischarge() {
        return response == LetterResponse.DISCHARGE_CLAIMED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LetterAnswer that
                && java.util.Objects.equals(motionId, that.motionId)
                && java.util.Objects.equals(commitmentId, that.commitmentId)
                && java.util.Objects.equals(response, that.response);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(motionId, commitmentId, response);
    }
}
