package nl.motiemonitor.motion;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.EditConflictException;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.Lifecycle;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers motions and moves them through their lifecycle. */
@Service
@Transactional
public class Motions implements Lifecycle<MotionId> {

    private final MotionRepository motions;
    private final MotionRequestRepository requests;
    private final Bodies bodies;

    Motions(MotionRepository motions, MotionRequestRepository requests, Bodies bodies) {
        this.motions = motions;
        this.requests = requests;
        this.bodies = bodies;
    }

    /** Registers a motion; an adopted one starts as OPEN with {@code adoption} as its first history entry. */
    public Long register(MotionDraft draft, StatusChangeDetails adoption) {
        return register(draft, List.of(), adoption);
    }

    /**
     * Registers a motion whose sponsors are also named: {@code typedSponsors}, after those of the draft, are members
     * of the body found by name and party, or added in this transaction (a refused motion adds nobody).
     */
    public Long register(MotionDraft draft, List<MemberName> typedSponsors, StatusChangeDetails adoption) {
        return register(draft, typedSponsors, null, adoption);
    }

    /**
     * Registers a motion that replaces the body's earlier motion numbered {@code replacesNumber} (however it is
     * written; blank: none).
     *
     * @throws ReplacedMotionException when the body has no such motion, or another motion already replaces it
     */
    public Long register(MotionDraft draft, List<MemberName> typedSponsors, String replacesNumber,
            StatusChangeDetails adoption) {
        for (Motion other : motions.findByNumberKey(draft.bodyId(), draft.registrationNumber())) {
            throw new DuplicateRegistrationNumberException(other.registrationNumber());
        }
        Motion motion = motions.save(Motion.register(withSponsors(draft, typedSponsors), partyVotes(draft), adoption));
        motion.replace(replaced(motion, replacesNumber));
        motions.flush();
        return motion.id();
    }

    /**
     * Saves a clerk's edit, if nobody saved the motion since the clerk opened it at {@code expectedVersion}.
     *
     * @throws EditConflictException when the motion changed in the meantime
     * @throws DuplicateRegistrationNumberException when another motion of the body has the new number
     */
    public void revise(BodyId body, Long motionId, long expectedVersion, MotionDraft draft,
            List<MemberName> typedSponsors, StatusChangeDetails adoption) {
        revise(body, motionId, expectedVersion, draft, typedSponsors, adoption, null, true);
    }

    /**
     * Saves a clerk's edit that also says which earlier motion of the body this one replaces ({@code replacesNumber},
     * however it is written; blank: none).
     *
     * @throws ReplacedMotionException when the body has no such motion, it is this motion, or another motion already
     *                                 replaces it
     */
    public void revise(BodyId body, Long motionId, long expectedVersion, MotionDraft draft,
            List<MemberName> typedSponsors, String replacesNumber, StatusChangeDetails adoption) {
        revise(body, motionId, expectedVersion, draft, typedSponsors, adoption, replacesNumber, false);
    }

    private void revise(BodyId body, Long motionId, long expectedVersion, MotionDraft draft,
            List<MemberName> typedSponsors, StatusChangeDetails adoption, String replacesNumber, boolean keepReplaced) {
        long bodyId = body.value();
        Motion motion = motions.findById(motionId).filter(found -> found.bodyId().equals(bodyId))
                .orElseThrow(() -> new IllegalArgumentException("Motie " + motionId + " bestaat niet."));
        if (motion.version() != expectedVersion) {
            throw new EditConflictException(motion.version());
        }
        for (Motion other : motions.findByNumberKey(bodyId, draft.registrationNumber())) {
            if (!other.id().equals(motionId)) {
                throw new DuplicateRegistrationNumberException(other.registrationNumber());
            }
        }
        if (!keepReplaced) {
            motion.replace(replaced(motion, replacesNumber));
        }
        motion.revise(withSponsors(draft, typedSponsors), partyVotes(draft), adoption);
        motions.flush();
    }

    /**
     * Records where a harvest brought the motion from, and what it last saw there: no revision of its own and no new
     * version, so a clerk's open edit form stays valid.
     */
    public void recordSource(BodyId body, Long motionId, ItemSource source) {
        motions.findByIdAndBodyId(motionId, body.value())
                .orElseThrow(() -> new IllegalArgumentException("Motie " + motionId + " bestaat niet."))
                .recordSource(source);
    }

    /** The body's motion numbered {@code number} that {@code replacement} may replace; null when none is named. */
    private Motion replaced(Motion replacement, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        Motion earlier = motions.findByNumberKey(replacement.bodyId(), number.strip()).stream().findFirst()
                .orElseThrow(() -> new ReplacedMotionException("rule.motion.replacedMissing", number.strip()));
        if (earlier.id().equals(replacement.id())) {
            throw new ReplacedMotionException("rule.motion.replacesItself", earlier.registrationNumber());
        }
        motions.findByReplacesMotionId(earlier.id()).filter(other -> !other.id().equals(replacement.id()))
                .ifPresent(other -> {
                    throw new ReplacedMotionException("rule.motion.alreadyReplaced", earlier.registrationNumber(),
                            other.registrationNumber());
                });
        return earlier;
    }

    /** The party groups' votes with the groups found, or added, by name; each group votes once. */
    private List<PartyVote> partyVotes(MotionDraft draft) {
        List<MotionDraft.PartyVoteDraft> votes = draft.partyVotes();
        List<Long> ids = bodies.partyIds(new BodyId(draft.bodyId()),
                votes.stream().map(MotionDraft.PartyVoteDraft::party).toList());
        List<PartyVote> result = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            if (ids.subList(0, i).contains(ids.get(i))) {
                throw new DomainRuleViolation("rule.motion.partyVotedTwice", votes.get(i).party());
            }
            result.add(new PartyVote(ids.get(i), votes.get(i).vote(), votes.get(i).seats()));
        }
        return result;
    }

    private MotionDraft withSponsors(MotionDraft draft, List<MemberName> typedSponsors) {
        if (typedSponsors.isEmpty()) {
            return draft;
        }
        List<Long> sponsors = new ArrayList<>(draft.sponsorIds());
        sponsors.addAll(bodies.memberIds(new BodyId(draft.bodyId()), typedSponsors));
        return draft.withSponsorIds(sponsors);
    }

    @Override
    public void reportProgress(MotionId motion, StatusChangeDetails details) {
        load(motion.value()).reportProgress(details);
    }

    @Override
    public void proposeDischarge(MotionId motion, StatusChangeDetails details) {
        load(motion.value()).proposeDischarge(details);
    }

    @Override
    public void acceptDischarge(MotionId motion, StatusChangeDetails details) {
        load(motion.value()).acceptDischarge(details);
    }

    @Override
    public void rejectDischarge(MotionId motion, StatusChangeDetails details) {
        load(motion.value()).rejectDischarge(details);
    }

    @Override
    public void lapse(MotionId motion, StatusChangeDetails details) {
        load(motion.value()).lapse(details);
    }

    /** A motion to move as a whole: one split into requests follows them and is moved per request. */
    private Motion load(Long motionId) {
        Motion motion = motions.findById(motionId)
                .orElseThrow(() -> new IllegalArgumentException("Motie " + motionId + " bestaat niet."));
        if (requests.existsByMotionId(motionId)) {
            throw new DomainRuleViolation("rule.request.movePerRequest", motion.registrationNumber());
        }
        return motion;
    }
}
