package nl.motiemonitor.portal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.table.Chunks;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A body's published motions and commitments as its page lists them, newest first, with each item's term today and
 * the latest letter answering it: a page at a time for the page, in chunks ({@link Chunks}) for its downloads.
 */
@Component
class BodyLists {

    static final Sort MOTIONS_NEWEST_FIRST = Sort.by(Sort.Order.desc("adoptedOn").nullsLast(), Sort.Order.desc("id"));
    static final Sort COMMITMENTS_NEWEST_FIRST = Sort.by(Sort.Order.desc("madeOn").nullsLast(),
            Sort.Order.desc("id"));
    record MotionRow(MotionSummary motion, ItemTerm term, AnsweringLetter latestLetter) {
    }

    record CommitmentRow(CommitmentSummary commitment, ItemTerm term, AnsweringLetter latestLetter) {
    }

    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final Terms terms;

    BodyLists(MotionCatalog motions, CommitmentCatalog commitments, LetterCatalog letters, Terms terms) {
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.terms = terms;
    }

    Page<MotionSummary> motions(BodyView body, ItemListFilter filter, Pageable page) {
        return motions.listPublished(body.bodyId(), filter.status(), filter.partly(), filter.year(), page);
    }

    Page<CommitmentSummary> commitments(BodyView body, ItemListFilter filter, Pageable page) {
        // only motions have requests, so no commitment is "deels afgedaan"
        return filter.partly() ? Page.empty(page)
                : commitments.listPublished(body.bodyId(), filter.status(), filter.year(), page);
    }

    List<MotionRow> motionRows(List<MotionSummary> page) {
        List<Long> ids = page.stream().map(MotionSummary::id).toList();
        Map<Long, ItemTerm> itemTerms = terms.terms(TermItem.MOTION, ids);
        Map<Long, List<AnsweringLetter>> answers = letters.answeringMotions(ids);
        return page.stream().map(motion -> new MotionRow(motion, itemTerms.get(motion.id()),
                first(answers.get(motion.id())))).toList();
    }

    List<CommitmentRow> commitmentRows(List<CommitmentSummary> page) {
        List<Long> ids = page.stream().map(CommitmentSummary::id).toList();
        Map<Long, ItemTerm> itemTerms = terms.terms(TermItem.COMMITMENT, ids);
        Map<Long, List<AnsweringLetter>> answers = letters.answeringCommitments(ids);
        return page.stream().map(commitment -> new CommitmentRow(commitment, itemTerms.get(commitment.id()),
                first(answers.get(commitment.id())))).toList();
    }

    /** How many motions the filter finds. */
    long countMotions(BodyView body, ItemListFilter filter) {
        return motions(body, filter, PageRequest.of(0, 1, MOTIONS_NEWEST_FIRST)).getTotalElements();
    }

    long countCommitments(BodyView body, ItemListFilter filter) {
        return commitments(body, filter, PageRequest.of(0, 1, COMMITMENTS_NEWEST_FIRST)).getTotalElements();
    }

    /** Every motion the filter finds, a chunk at a time, in the page's order. */
    void eachMotionRow(BodyView body, ItemListFilter filter, Consumer<MotionRow> row) {
        Chunks.each(page -> motions(body, filter, page), MOTIONS_NEWEST_FIRST,
                chunk -> motionRows(chunk).forEach(row));
    }

    void eachCommitmentRow(BodyView body, ItemListFilter filter, Consumer<CommitmentRow> row) {
        Chunks.each(page -> commitments(body, filter, page), COMMITMENTS_NEWEST_FIRST,
                chunk -> commitmentRows(chunk).forEach(row));
    }

    private static AnsweringLetter first(List<AnsweringLetter> answers) {
        return answers == null || answers.isEmpty() ? null : answers.get(0);
    }
}
