package nl.motiemonitor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.letter.LetterSummary;
import nl.motiemonitor.letter.LetterView;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.TextSegment;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import nl.motiemonitor.web.PublicPaths.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Published letters as the API shows them; a letter names only the published items it answers. */
@Component
@Transactional(readOnly = true)
class LetterResources {

    private final LetterCatalog letters;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterDocuments documents;
    private final Bodies bodies;
    private final ApiLinks links;

    LetterResources(LetterCatalog letters, MotionCatalog motions, CommitmentCatalog commitments,
            LetterDocuments documents, Bodies bodies, ApiLinks links) {
        this.letters = letters;
        this.motions = motions;
        this.commitments = commitments;
        this.documents = documents;
        this.bodies = bodies;
        this.links = links;
    }

    Keyset.Slice<LetterItemJson> list(BodyView body, Keyset keyset) {
        Keyset.Slice<LetterSummary> slice = keyset.slice(letters.publishedAfter(body == null ? null : body.bodyId(),
                keyset.afterId(), keyset.probe()), LetterSummary::id);
        Map<Long, BodyView> bodyById = bodies.byIds(slice.items().stream().map(LetterSummary::bodyId)
                .collect(Collectors.toSet()));
        return new Keyset.Slice<>(slice.items().stream().map(letter -> item(letter,
                bodyById.get(letter.bodyId()).slug())).toList(), slice.nextCursor());
    }

    private LetterItemJson item(LetterSummary letter, String slug) {
        return new LetterItemJson(letter.id(), links.api(Kind.LETTER, letter.id()), page(letter.id(), slug),
                letter.bodyId(), letter.displaySubject(), letter.subject(), letter.sentOn(), letter.sender(),
                letter.reference(), letter.registrationNumber());
    }

    LetterJson letter(long id) {
        LetterView letter = letters.findPublished(id)
                .orElseThrow(() -> new NotFoundException("Er is geen openbare brief met id " + id + "."));
        LetterSummary summary = letter.summary();
        String slug = bodies.byIds(List.of(summary.bodyId())).get(summary.bodyId()).slug();
        String text = letter.paragraphs().stream().map(paragraph -> paragraph.stream().map(TextSegment::text)
                .collect(Collectors.joining())).collect(Collectors.joining("\n\n"));
        String original = documents.info(id).isPresent()
                ? links.absolute(PublicPaths.letterOriginal(slug, id)) : null;
        return new LetterJson(item(summary, slug), letter.addressee(), text,
                letter.signatories().stream().map(signatory -> new LetterJson.Signatory(signatory.name(),
                        signatory.role())).toList(),
                original, answers(letter.answers(), slug), SourceJson.of(letter.source()));
    }

    /** What the letter answers, in its order: only items that are published themselves. */
    private List<LetterJson.Answer> answers(List<LetterAnswer> answers, String slug) {
        List<Long> motionIds = new ArrayList<>();
        List<Long> commitmentIds = new ArrayList<>();
        answers.forEach(answer -> (answer.item() instanceof MotionId ? motionIds : commitmentIds)
                .add(answer.item().value()));
        Map<Long, MotionSummary> motionById = motions.publishedSummaries(motionIds);
        Map<Long, CommitmentSummary> commitmentById = commitments.publishedSummaries(commitmentIds);
        List<LetterJson.Answer> shown = new ArrayList<>();
        for (LetterAnswer answer : answers) {
            long itemId = answer.item().value();
            String response = ItemParts.code(answer.response());
            if (answer.item() instanceof MotionId && motionById.containsKey(itemId)) {
                MotionSummary motion = motionById.get(itemId);
                shown.add(new LetterJson.Answer("motion", itemId, links.api(Kind.MOTION, itemId),
                        links.page(Kind.MOTION, slug, motion.urlKey()), motion.registrationNumber(), motion.title(),
                        response, answer.newDueDate(), answer.requestIds()));
            } else if (commitmentById.containsKey(itemId) && !(answer.item() instanceof MotionId)) {
                CommitmentSummary commitment = commitmentById.get(itemId);
                shown.add(new LetterJson.Answer("commitment", itemId, links.api(Kind.COMMITMENT, itemId),
                        links.page(Kind.COMMITMENT, slug, commitment.urlKey()), commitment.number(),
                        commitment.text(), response, answer.newDueDate(), List.of()));
            }
        }
        return shown;
    }

    private String page(long id, String slug) {
        return links.page(Kind.LETTER, slug, Long.toString(id));
    }
}
