package nl.motiemonitor.motion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published motions, as the public sees them. */
@Service
@Transactional(readOnly = true)
public class MotionCatalog {

    private final MotionRepository motions;
    private final Bodies bodies;
    private final MotionPageReads published;

    MotionCatalog(MotionRepository motions, Bodies bodies, MotionPageReads published) {
        this.motions = motions;
        this.bodies = bodies;
        this.published = published;
    }

    /** The motion's public page: read in one statement, without the entity ({@link MotionPageReads}). */
    public Optional<MotionView> findPublished(BodyId body, String urlKey) {
        return published.find(body.value(), urlKey);
    }

    /** A body's published motions, newest first, optionally of one status and adopted in one year. */
    public Page<MotionSummary> listPublished(BodyId body, ItemStatus status, Integer year, Pageable page) {
        return list(body.value(), true, status, false, year, page);
    }

    /** As {@link #listPublished(BodyId, ItemStatus, Integer, Pageable)}; {@code partly}: only "deels afgedaan". */
    public Page<MotionSummary> listPublished(BodyId body, ItemStatus status, boolean partly, Integer year,
            Pageable page) {
        return list(body.value(), true, status, partly, year, page);
    }

    /** A body's motions including drafts, for its clerks and members. */
    public Page<MotionSummary> listAll(BodyId body, ItemStatus status, Integer year, Pageable page) {
        return list(body.value(), false, status, false, year, page);
    }

    /** Any motion of the body, draft or published, for its clerks and members. */
    public Optional<MotionView> find(BodyId body, Long motionId) {
        return motions.findByIdAndBodyId(motionId, body.value()).map(this::view);
    }

    /** The registered facts of a motion of the body, to fill its edit form, with the version they have. */
    public Optional<EditableMotion> editable(BodyId body, Long motionId) {
        return motions.findByIdAndBodyId(motionId, body.value())
                .map(motion -> new EditableMotion(motion.id(), motion.version(), motion.status(),
                        motion.toDraft(partyNames(motion)), Optional.ofNullable(motion.replacesMotionId())
                                .flatMap(motions::findById).map(Motion::registrationNumber).orElse(null),
                        motion.source()));
    }

    /** The motion of the body that a harvest brought from the source's record {@code sourceId}, if any. */
    public Optional<Long> findBySource(BodyId body, String kind, String sourceId) {
        return motions.findIdBySource(body.value(), kind, sourceId);
    }

    /**
     * The motions linked to this one by a replacement (gewijzigde motie): the earlier one it replaces and the later one
     * that replaces it; with {@code publishedOnly} a draft is never named.
     */
    public Replacements replacements(Long motionId, boolean publishedOnly) {
        return published.replacements(motionId, publishedOnly);
    }

    /** {@code replaces}: the earlier motion this one replaces; {@code replacedBy}: the one that replaces it. */
    public record Replacements(MotionSummary replaces, MotionSummary replacedBy) {
    }

    /**
     * The motion of the body with this registration number, draft or published, however it is written: "M-168",
     * "M 168" and "m168" are one number.
     */
    public Optional<MotionSummary> findByNumber(BodyId body, String registrationNumber) {
        return motions.findByNumberKey(body.value(), registrationNumber).stream().findFirst().map(MotionSummary::of);
    }

    /** The motion of the body with this title (ignoring case and spaces), when exactly one has it. */
    public Optional<MotionSummary> findByTitle(BodyId body, String title) {
        List<Motion> found = motions.findByTitle(body.value(), title);
        return found.size() == 1 ? Optional.of(MotionSummary.of(found.get(0))) : Optional.empty();
    }

    private MotionView view(Motion motion) {
        return MotionView.of(motion, partyNames(motion));
    }

    private Map<Long, String> partyNames(Motion motion) {
        return motion.partyVotes().isEmpty() ? Map.of()
                : bodies.partyNames(motion.partyVotes().stream().map(PartyVote::partyId).toList());
    }

    /**
     * {@code replacesNumber}: the number of the earlier motion this one replaces, or null; {@code source}: where a
     * harvest brought it from, or null.
     */
    public record EditableMotion(Long id, long version, ItemStatus status, MotionDraft draft, String replacesNumber,
            ItemSource source) {
    }

    private Page<MotionSummary> list(Long bodyId, boolean publishedOnly, ItemStatus status, boolean partly,
            Integer year, Pageable page) {
        return motions.findAll(filter(bodyId, publishedOnly, status, partly, year), page).map(MotionSummary::of);
    }

    /**
     * Published motions with an id above {@code afterId}, in id order, at most {@code limit}: a page of the open-data
     * API, which pages by id (keyset). {@code body} null: of every body; {@code partly}: only "deels afgedaan".
     */
    public List<MotionSummary> publishedAfter(BodyId body, ItemStatus status, boolean partly, long afterId,
            int limit) {
        Specification<Motion> after = filter(body == null ? null : body.value(), true, status, partly, null)
                .and((root, query, cb) -> cb.greaterThan(root.get("id"), afterId));
        return motions.findBy(after, query -> query.sortBy(Sort.by("id")).limit(limit).all()).stream()
                .map(MotionSummary::of).toList();
    }

    /** A published motion by its id, of whichever body. */
    public Optional<MotionView> findPublished(MotionId id) {
        return motions.findById(id.value()).filter(Motion::published).map(this::view);
    }

    /** The motions of the body ({@code bodyId} null: of every body) that pass the filters a list offers. */
    private static Specification<Motion> filter(Long bodyId, boolean publishedOnly, ItemStatus status, boolean partly,
            Integer year) {
        Specification<Motion> spec = Specification.unrestricted();
        if (bodyId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("bodyId"), bodyId));
        }
        if (publishedOnly) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("published")));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (partly) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("partlyDischarged")));
        }
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("adoptedOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        return spec;
    }

    public Map<Long, MotionSummary> publishedSummaries(Collection<Long> ids) {
        return motions.findByIdInAndPublishedTrue(ids).stream().map(MotionSummary::of)
                .collect(Collectors.toMap(MotionSummary::id, Function.identity()));
    }

    /** Per body id: how many published adopted motions have each status. */
    public Map<Long, Map<ItemStatus, Long>> publishedStatusCountsPerBody() {
        Map<Long, Map<ItemStatus, Long>> counts = new HashMap<>();
        for (Object[] row : motions.countPublishedByBodyAndStatus()) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), body -> new EnumMap<>(ItemStatus.class))
                    .put(ItemStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    public List<Integer> publishedAdoptionYears(BodyId body) {
        return motions.publishedAdoptionYears(body.value());
    }
}
