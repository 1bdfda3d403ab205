package nl.motiemonitor.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published commitments, as the public sees them. */
@Service
@Transactional(readOnly = true)
public class CommitmentCatalog {

    private final CommitmentRepository commitments;

    CommitmentCatalog(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    public Optional<CommitmentView> findPublished(BodyId body, String urlKey) {
        return commitments.findByBodyIdAndUrlKeyAndPublishedTrue(body.value(), urlKey).map(CommitmentView::of);
    }

    /** A body's published commitments, newest first, optionally of one status and made in one year. */
    public Page<CommitmentSummary> listPublished(BodyId body, ItemStatus status, Integer year, Pageable page) {
        return list(body.value(), true, status, year, page);
    }

    /** A body's commitments including drafts, for its clerks and members. */
    public Page<CommitmentSummary> listAll(BodyId body, Pageable page) {
        return list(body.value(), false, null, null, page);
    }

    /** Any commitment of the body, draft or published, for its clerks and members. */
    public Optional<CommitmentView> find(BodyId body, Long commitmentId) {
        return commitments.findByIdAndBodyId(commitmentId, body.value()).map(CommitmentView::of);
    }

    /** The registered facts of a commitment of the body, to fill its edit form, with their version. */
    public Optional<EditableCommitment> editable(BodyId body, Long commitmentId) {
        return commitments.findByIdAndBodyId(commitmentId, body.value()).map(commitment -> new EditableCommitment(
                commitment.id(), commitment.number(), commitment.version(), commitment.toDraft(), commitment.status(),
                commitment.source()));
    }

    /** The commitment of the body that a harvest brought from the source's record {@code sourceId}, if any. */
    public Optional<Long> findBySource(BodyId body, String kind, String sourceId) {
        return commitments.findIdBySource(body.value(), kind, sourceId);
    }

    /** The commitment of the body with this number (ignoring case), draft or published. */
    public Optional<CommitmentSummary> findByNumber(BodyId body, String number) {
        return commitments.findByBodyIdAndNumberIgnoreCase(body.value(), number.strip()).map(CommitmentSummary::of);
    }

    /**
     * The commitments linked to this one by a split: the one it was split off and those split off it; with
     * {@code publishedOnly} a draft is never named.
     */
    public Parts parts(Long commitmentId, boolean publishedOnly) {
        CommitmentSummary from = commitments.findById(commitmentId).map(Commitment::splitFromCommitmentId)
                .flatMap(commitments::findById).filter(found -> !publishedOnly || found.published())
                .map(CommitmentSummary::of).orElse(null);
        List<CommitmentSummary> off = commitments.findBySplitFromCommitmentIdOrderByIdAsc(commitmentId).stream()
                .filter(found -> !publishedOnly || found.published()).map(CommitmentSummary::of).toList();
        return new Parts(from, off);
    }

    /** {@code splitFrom}: the commitment this one was split off; {@code splitOff}: the parts split off this one. */
    public record Parts(CommitmentSummary splitFrom, List<CommitmentSummary> splitOff) {

        public boolean isEmpty() {
            return splitFrom == null && splitOff.isEmpty();
        }
    }

    /** {@code source}: where a harvest brought it from, or null. */
    public record EditableCommitment(Long id, String number, long version, CommitmentDraft draft, ItemStatus status,
            ItemSource source) {
    }

    private Page<CommitmentSummary> list(Long bodyId, boolean publishedOnly, ItemStatus status, Integer year,
            Pageable page) {
        return commitments.findAll(filter(bodyId, publishedOnly, status, year), page).map(CommitmentSummary::of);
    }

    /**
     * Published commitments with an id above {@code afterId}, in id order, at most {@code limit}: a page of the
     * open-data API, which pages by id (keyset). {@code body} null: of every body.
     */
    public List<CommitmentSummary> publishedAfter(BodyId body, ItemStatus status, long afterId, int limit) {
        Specification<Commitment> after = filter(body == null ? null : body.value(), true, status, null)
                .and((root, query, cb) -> cb.greaterThan(root.get("id"), afterId));
        return commitments.findBy(after, query -> query.sortBy(Sort.by("id")).limit(limit).all()).stream()
                .map(CommitmentSummary::of).toList();
    }

    /** A published commitment by its id, of whichever body. */
    public Optional<CommitmentView> findPublished(CommitmentId id) {
        return commitments.findById(id.value()).filter(Commitment::published).map(CommitmentView::of);
    }

    /** The commitments of the body ({@code bodyId} null: of every body) that pass the filters a list offers. */
    private static Specification<Commitment> filter(Long bodyId, boolean publishedOnly, ItemStatus status,
            Integer year) {
        Specification<Commitment> spec = Specification.unrestricted();
        if (bodyId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("bodyId"), bodyId));
        }
        if (publishedOnly) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("published")));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.between(root.get("madeOn"), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)));
        }
        return spec;
    }

    /** The commitments made in a letter (the promises an import kept), in the order they were registered. */
    public List<CommitmentSummary> madeIn(Long letterId) {
        return commitments.findByMadeInLetterIdOrderByIdAsc(letterId).stream().map(CommitmentSummary::of).toList();
    }

    /**
     * What a letter still promises: "text (termijn 1 juli 2026); text" for each commitment made in it that is not
     * discharged or lapsed, or "" when there is none.
     */
    public String stillPromisedIn(long letterId) {
        return madeIn(letterId).stream()
                .filter(commitment -> !commitment.status().closed())
                .map(promise -> promise.text().strip() + (promise.dueDate() == null ? ""
                        : " (termijn " + DutchDates.format(promise.dueDate()) + ")"))
                .collect(Collectors.joining("; "));
    }

    public Map<Long, CommitmentSummary> publishedSummaries(Collection<Long> ids) {
        return commitments.findByIdInAndPublishedTrue(ids).stream().map(CommitmentSummary::of)
                .collect(Collectors.toMap(CommitmentSummary::id, Function.identity()));
    }

    /** Per body id: how many published commitments have each status. */
    public Map<Long, Map<ItemStatus, Long>> publishedStatusCountsPerBody() {
        Map<Long, Map<ItemStatus, Long>> counts = new HashMap<>();
        for (Object[] row : commitments.countPublishedByBodyAndStatus()) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), body -> new EnumMap<>(ItemStatus.class))
                    .put(ItemStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    public List<Integer> publishedYears(BodyId body) {
        return commitments.publishedYears(body.value());
    }
}
