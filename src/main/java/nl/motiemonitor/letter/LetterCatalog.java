package nl.motiemonitor.letter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemSource;

/** Published letters, as the public sees them. */
@Service
@Transactional(readOnly = true)
public class LetterCatalog {

    private final LetterRepository letters;

    LetterCatalog(LetterRepository letters) {
        this.letters = letters;
    }

    public Optional<LetterView> findPublished(BodyId body, Long letterId) {
        return letters.findByIdAndBodyIdAndPublishedTrue(letterId, body.value()).map(LetterView::of);
    }

    /** A published letter by its id, of whichever body. */
    public Optional<LetterView> findPublished(long letterId) {
        return letters.findByIdAndPublishedTrue(letterId).map(LetterView::of);
    }

    /**
     * Published letters with an id above {@code afterId}, in id order, at most {@code limit}: a page of the open-data
     * API, which pages by id (keyset). {@code body} null: of every body.
     */
    public List<LetterSummary> publishedAfter(BodyId body, long afterId, int limit) {
        List<Letter> found = body == null
                ? letters.findByPublishedTrueAndIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit))
                : letters.findByBodyIdAndPublishedTrueAndIdGreaterThanOrderByIdAsc(body.value(), afterId,
                        Limit.of(limit));
        return found.stream().map(LetterSummary::of).toList();
    }

    /** A body's letters including drafts, for its clerks and members. */
    public org.springframework.data.domain.Page<LetterSummary> listAll(BodyId body,
            org.springframework.data.domain.Pageable page) {
        return letters.findByBodyId(body.value(), page).map(LetterSummary::of);
    }

    /** Any letter of the body, draft or published, for its clerks and members. */
    public Optional<LetterView> find(BodyId body, Long letterId) {
        return letters.findByIdAndBodyId(letterId, body.value()).map(LetterView::of);
    }

    /** The registered facts of a letter of the body, to fill its edit form, with their version. */
    public Optional<EditableLetter> editable(BodyId body, Long letterId) {
        return letters.findByIdAndBodyId(letterId, body.value())
                .map(letter -> new EditableLetter(letter.id(), letter.version(), letter.toDraft(), letter.source()));
    }

    /** The letter of the body that a harvest brought from the source's record {@code sourceId}, if any. */
    public Optional<Long> findBySource(BodyId body, String kind, String sourceId) {
        return letters.findIdBySource(body.value(), kind, sourceId);
    }

    /** The letter of the body with this kenmerk (any case), draft or published. */
    public Optional<LetterSummary> findByReference(BodyId body, String reference) {
        return letters.findFirstByBodyIdAndReferenceIgnoreCase(body.value(), reference).map(LetterSummary::of);
    }

    /** {@code source}: where a harvest brought it from, or null. */
    public record EditableLetter(Long id, long version, LetterDraft draft, ItemSource source) {
    }

    /** Of these letters, the published ones, by id. */
    public Map<Long, LetterSummary> publishedSummaries(Collection<Long> ids) {
        return letters.findByIdInAndPublishedTrue(ids).stream().map(LetterSummary::of)
                .collect(Collectors.toMap(LetterSummary::id, Function.identity()));
    }

    public List<LetterSummary> latestPublished(int count) {
        return letters.findLatestPublished(PageRequest.of(0, count)).stream().map(LetterSummary::of).toList();
    }

    /** Per motion id: the published letters answering it, newest first. */
    public Map<Long, List<AnsweringLetter>> answeringMotions(Collection<Long> motionIds) {
        return motionIds.isEmpty() ? Map.of() : group(letters.findPublishedAnsweringMotions(motionIds));
    }

    /** Per commitment id: the published letters answering it, newest first. */
    public Map<Long, List<AnsweringLetter>> answeringCommitments(Collection<Long> commitmentIds) {
        return commitmentIds.isEmpty() ? Map.of() : group(letters.findPublishedAnsweringCommitments(commitmentIds));
    }

    private static Map<Long, List<AnsweringLetter>> group(List<Object[]> rows) {
        Map<Long, List<AnsweringLetter>> byItem = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byItem.computeIfAbsent((Long) row[0], item -> new ArrayList<>())
                    .add(new AnsweringLetter(LetterSummary.of((Letter) row[1]), (LetterResponse) row[2],
                            row.length > 3 && row[3] != null ? List.of((Long[]) row[3]) : List.of()));
        }
        return byItem;
    }
}
