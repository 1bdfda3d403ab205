package nl.motiemonitor.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.commitment.CommitmentView;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published commitments as the API shows them, composed like {@link MotionResources}. */
@Component
@Transactional(readOnly = true)
class CommitmentResources {

    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final Terms terms;
    private final Bodies bodies;
    private final ItemParts parts;
    private final ApiLinks links;

    CommitmentResources(CommitmentCatalog commitments, LetterCatalog letters, Terms terms, Bodies bodies,
            ItemParts parts, ApiLinks links) {
        this.commitments = commitments;
        this.letters = letters;
        this.terms = terms;
        this.bodies = bodies;
        this.parts = parts;
        this.links = links;
    }

    Keyset.Slice<CommitmentItemJson> list(BodyView body, ItemStatus status, Keyset keyset) {
        Keyset.Slice<CommitmentSummary> slice = keyset.slice(commitments.publishedAfter(
                body == null ? null : body.bodyId(), status, keyset.afterId(), keyset.probe()), CommitmentSummary::id);
        Map<Long, ItemTerm> termsById = terms.terms(TermItem.COMMITMENT,
                slice.items().stream().map(CommitmentSummary::id).toList());
        Map<Long, BodyView> bodyById = bodies.byIds(slice.items().stream().map(CommitmentSummary::bodyId)
                .collect(Collectors.toSet()));
        return new Keyset.Slice<>(slice.items().stream().map(commitment -> item(commitment,
                bodyById.get(commitment.bodyId()).slug(), termsById.get(commitment.id()))).toList(),
                slice.nextCursor());
    }

    private CommitmentItemJson item(CommitmentSummary commitment, String slug, ItemTerm term) {
        return new CommitmentItemJson(commitment.id(), links.api(Kind.COMMITMENT, commitment.id()),
                page(commitment, slug), commitment.bodyId(), commitment.number(), commitment.text(),
                commitment.madeOn(), ItemParts.status(commitment.status()), ItemParts.label(commitment.status()),
                commitment.dueDateText(), TermJson.of(term));
    }

    CommitmentJson commitment(long id) {
        CommitmentView commitment = commitments.findPublished(new CommitmentId(id))
                .orElseThrow(() -> new NotFoundException("Er is geen openbare toezegging met id " + id + "."));
        CommitmentSummary summary = commitment.summary();
        String slug = bodies.byIds(List.of(summary.bodyId())).get(summary.bodyId()).slug();
        List<AnsweringLetter> answering = letters.answeringCommitments(List.of(id)).getOrDefault(id, List.of());
        Set<Long> visibleLetters = ItemParts.ids(answering);
        Long madeIn = commitment.madeInLetterId();
        CommitmentCatalog.Parts split = commitments.parts(id, true);
        return new CommitmentJson(item(summary, slug, terms.term(new CommitmentId(id)).orElse(null)),
                commitment.madeIn(),
                madeIn != null && letters.findPublished(madeIn).isPresent() ? parts.letter(madeIn, slug) : null,
                commitment.requestedByMemberId() == null ? null : bodies.members(List.of(
                        commitment.requestedByMemberId())).stream().map(MotionResources::person).findFirst()
                        .orElse(null),
                parts.history(commitment.history(), slug, visibleLetters), parts.letters(answering, slug),
                reference(split.splitFrom(), slug),
                split.splitOff().stream().map(part -> reference(part, slug)).toList(),
                SourceJson.of(commitment.source()));
    }

    private ItemRefJson reference(CommitmentSummary commitment, String slug) {
        return commitment == null ? null : new ItemRefJson(commitment.id(),
                links.api(Kind.COMMITMENT, commitment.id()), page(commitment, slug), commitment.number(),
                commitment.text());
    }

    private String page(CommitmentSummary commitment, String slug) {
        return links.page(Kind.COMMITMENT, slug, commitment.urlKey());
    }
}
