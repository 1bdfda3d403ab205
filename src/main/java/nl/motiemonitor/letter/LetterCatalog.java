package nl.motiemonitor.letter;

import java.sql.Array;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemSource;

/** Published letters, as the public sees them. */
@Service
@Transactional(readOnly = true)
public class LetterCatalog {

    private final LetterRepository letters;
    private final JdbcClient jdbc;

    LetterCatalog(LetterRepository letters, JdbcClient jdbc) {
        this.letters = letters;
        this.jdbc = jdbc;
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
        return answering("motion_id", motionIds);
    }

    /** Per commitment id: the published letters answering it, newest first. */
    public Map<Long, List<AnsweringLetter>> answeringCommitments(Collection<Long> commitmentIds) {
        return answering("commitment_id", commitmentIds);
    }

    /** One statement without the entities: public pages ask this for every item they show (issue 17). */
    private Map<Long, List<AnsweringLetter>> answering(String itemColumn, Collection<Long> itemIds) {
        Map<Long, List<AnsweringLetter>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql("""
                select a.%s as item_id, l.id, l.body_id, l.sent_on, l.subject, l.reference, l.registration_number,
                       l.sender, l.published, a.response, a.request_ids
                from letters l join letter_items a on a.letter_id = l.id
                where a.%s in (:items) and l.published
                order by l.sent_on desc nulls last, l.id desc""".formatted(itemColumn, itemColumn))
                .param("items", itemIds)
                .query(rs -> {
                    Array requests = rs.getArray("request_ids");
                    byItem.computeIfAbsent(rs.getLong("item_id"), item -> new ArrayList<>()).add(new AnsweringLetter(
                            new LetterSummary(rs.getLong("id"), rs.getLong("body_id"),
                                    rs.getObject("sent_on", LocalDate.class), rs.getString("subject"),
                                    rs.getString("reference"), rs.getString("registration_number"),
                                    rs.getString("sender"), rs.getBoolean("published")),
                            LetterResponse.valueOf(rs.getString("response")),
                            requests == null ? List.of() : List.of((Long[]) requests.getArray())));
                });
        return byItem;
    }
}
