package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.letter.LetterAnswered;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A motion tracked per request: splitting an adopted motion into its requests, each request's moves and term, and the
 * motion's status following them. A motion that is not split behaves as one request (its own status).
 */
@Service
@Transactional
public class MotionRequests {

    /** What a clerk or the council can do with one request. */
    public enum Move {
        REPORT_PROGRESS, PROPOSE_DISCHARGE, ACCEPT_DISCHARGE, REJECT_DISCHARGE, LAPSE
    }

    private final MotionRepository motions;
    private final MotionRequestRepository requests;

    MotionRequests(MotionRepository motions, MotionRequestRepository requests) {
        this.motions = motions;
        this.requests = requests;
    }

    /** The requests of a motion, in order; empty when it is not split. */
    @Transactional(readOnly = true)
    public List<RequestView> of(Long motionId) {
        return requests.findByMotionIdOrderByPosition(motionId).stream().map(RequestView::of).toList();
    }

    /** Per motion id: its requests, in order; motions that are not split are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<RequestView>> of(Collection<Long> motionIds) {
        return motionIds.isEmpty() ? Map.of()
                : requests.findByMotionIdInOrderByMotionIdAscPositionAsc(motionIds).stream().map(RequestView::of)
                        .collect(Collectors.groupingBy(RequestView::motionId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Splits an adopted motion into its requests: one per operative clause (verzoekt, draagt op), each starting at
     * the motion's status with the date and letter of its latest move.
     *
     * @return how many requests the motion now has
     */
    public int split(BodyId body, Long motionId, String recordedBy) {
        Motion motion = motion(body, motionId);
        if (motion.status() == null) {
            throw new DomainRuleViolation("rule.request.notAdopted", motion.registrationNumber());
        }
        if (requests.existsByMotionId(motionId)) {
            throw new DomainRuleViolation("rule.request.alreadySplit", motion.registrationNumber());
        }
        if (motion.status() == ItemStatus.DISCHARGED || motion.status() == ItemStatus.LAPSED) {
            throw new DomainRuleViolation("rule.request.closed", motion.registrationNumber());
        }
        List<String> operative = motion.clauses().stream().filter(clause -> clause.kind().operative())
                .map(Clause::text).toList();
        if (operative.isEmpty()) {
            throw new DomainRuleViolation("rule.request.none", motion.registrationNumber());
        }
        StatusChange latest = motion.statusChanges().get(motion.statusChanges().size() - 1);
        for (int i = 0; i < operative.size(); i++) {
            String reason = "Verzoek " + (i + 1) + " van " + operative.size() + ", gesplitst uit motie "
                    + motion.registrationNumber() + "; de status van de motie geldt voor dit verzoek.";
            requests.save(MotionRequest.splitOff(motion, i + 1, operative.get(i), sameMoment(latest, recordedBy,
                    reason)));
        }
        requests.flush();
        return operative.size();
    }

    /**
     * Undoes a split made by mistake: allowed while no request has moved since, so nothing recorded is lost (the
     * audit trail keeps the requests).
     *
     * @throws DomainRuleViolation when the motion is not split, or a request has moved
     */
    public void unsplit(BodyId body, Long motionId) {
        Motion motion = motion(body, motionId);
        List<MotionRequest> split = requests.findByMotionIdOrderByPosition(motionId);
        if (split.isEmpty()) {
            throw new DomainRuleViolation("rule.request.notSplitYet", motion.registrationNumber());
        }
        if (!undoable(split)) {
            throw new DomainRuleViolation("rule.request.moved", motion.registrationNumber());
        }
        requests.deleteAll(split);
        requests.flush();
    }

    /** Whether the split of the motion can still be undone: it is split and no request has moved since. */
    @Transactional(readOnly = true)
    public boolean canUnsplit(Long motionId) {
        List<MotionRequest> split = requests.findByMotionIdOrderByPosition(motionId);
        return !split.isEmpty() && undoable(split);
    }

    /** No request has moved since the split: each has only the entry the split gave it. */
    private static boolean undoable(List<MotionRequest> split) {
        return split.stream().allMatch(request -> request.statusChanges().size() == 1);
    }

    /** A clerk's or the council's move of one request; the motion follows. */
    public void move(BodyId body, Long requestId, Move move, StatusChangeDetails details) {
        MotionRequest request = request(body, requestId);
        switch (move) {
            case REPORT_PROGRESS -> request.reportProgress(details);
            case PROPOSE_DISCHARGE -> request.proposeDischarge(details);
            case ACCEPT_DISCHARGE -> request.acceptDischarge(details);
            case REJECT_DISCHARGE -> request.rejectDischarge(details);
            case LAPSE -> request.lapse(details);
        }
        follow(motions.getReferenceById(request.motionId()), requests.findByMotionIdOrderByPosition(request.motionId()),
                details::withReason);
    }

    /** The request's own term and who is responsible for it (null or blank: none, the motion's term applies). */
    public void assign(BodyId body, Long requestId, LocalDate due, String department, String portfolioHolder) {
        request(body, requestId).assign(due, department, portfolioHolder);
    }

    /** A request of a motion of this body, if there is one with this id. */
    @Transactional(readOnly = true)
    public java.util.Optional<RequestView> find(BodyId body, Long requestId) {
        return requests.findById(requestId)
                .filter(request -> motions.findByIdAndBodyId(request.motionId(), body.value()).isPresent())
                .map(RequestView::of);
    }

    /** Whether the motion is split into requests. */
    @Transactional(readOnly = true)
    public boolean isSplit(Long motionId) {
        return requests.existsByMotionId(motionId);
    }

    /**
     * A letter answers a split motion: the requests it names (all when it names none) move as it says, and the
     * motion follows.
     *
     * @throws DomainRuleViolation when the letter names a request the motion does not have
     */
    void answer(Motion motion, LetterAnswered answered, java.util.function.Supplier<String> stillPromised) {
        List<MotionRequest> all = requests.findByMotionIdOrderByPosition(motion.id());
        List<MotionRequest> answeredRequests = answered.requestIds().isEmpty() ? all
                : all.stream().filter(request -> answered.requestIds().contains(request.id())).toList();
        if (!answered.requestIds().isEmpty() && answeredRequests.size() != answered.requestIds().size()) {
            throw new DomainRuleViolation("rule.request.unknown", motion.registrationNumber());
        }
        for (MotionRequest request : answeredRequests) {
            if (request.status() != ItemStatus.DISCHARGED && request.status() != ItemStatus.LAPSED) {
                request.name(motion.registrationNumber());
                answered.applyTo(request, stillPromised);
            }
        }
        follow(motion, all, answered::details);
    }

    /** The motion follows its requests ({@code all}), in a move made for the reason {@code details} is given. */
    private static void follow(Motion motion, List<MotionRequest> all,
            java.util.function.Function<String, StatusChangeDetails> details) {
        List<ItemStatus> statuses = all.stream().map(MotionRequest::status).toList();
        motion.followRequests(statuses, details.apply("Volgt uit de verzoeken: " + tally(statuses) + "."));
    }

    /** "2 afgedaan, 1 open". */
    static String tally(List<ItemStatus> statuses) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        statuses.forEach(status -> counts.merge(status, 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<ItemStatus, Long>comparingByKey().reversed())
                .map(entry -> entry.getValue() + " " + entry.getKey().label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static StatusChangeDetails sameMoment(StatusChange latest, String recordedBy, String reason) {
        return new StatusChangeDetails(latest.effectiveOn(), java.time.Instant.now(), recordedBy, reason,
                latest.letterId(), latest.dateUnknown());
    }

    private Motion motion(BodyId body, Long motionId) {
        return motions.findByIdAndBodyId(motionId, body.value())
                .orElseThrow(() -> new IllegalArgumentException("Motie " + motionId + " bestaat niet."));
    }

    private MotionRequest request(BodyId body, Long requestId) {
        MotionRequest request = requests.findById(requestId)
                .orElseThrow(() -> new IllegalArgumentException("Verzoek " + requestId + " bestaat niet."));
        request.name(motion(body, request.motionId()).registrationNumber());
        return request;
    }
}
