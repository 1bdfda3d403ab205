package nl.motiemonitor.motion;

import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers motions and moves them through their lifecycle. */
@Service
@Transactional
public class Motions {

    private final MotionRepository motions;

    Motions(MotionRepository motions) {
        this.motions = motions;
    }

    /** Registers a motion; an adopted one starts as OPEN with {@code adoption} as its first history entry. */
    public Long register(MotionDraft draft, StatusChangeDetails adoption) {
        if (motions.existsByBodyIdAndRegistrationNumberIgnoreCase(draft.bodyId(), draft.registrationNumber())) {
            throw new DuplicateRegistrationNumberException(draft.registrationNumber());
        }
        return motions.save(Motion.register(draft, adoption)).id();
    }

    public void reportProgress(Long motionId, StatusChangeDetails details) {
        load(motionId).reportProgress(details);
    }

    public void proposeDischarge(Long motionId, StatusChangeDetails details) {
        load(motionId).proposeDischarge(details);
    }

    public void acceptDischarge(Long motionId, StatusChangeDetails details) {
        load(motionId).acceptDischarge(details);
    }

    public void rejectDischarge(Long motionId, StatusChangeDetails details) {
        load(motionId).rejectDischarge(details);
    }

    private Motion load(Long motionId) {
        return motions.findById(motionId)
                .orElseThrow(() -> new IllegalArgumentException("Motie " + motionId + " bestaat niet."));
    }
}
