package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.letter.LetterView;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.search.ItemType;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A letter's page: its header, its text in paragraphs, its signatories and every item it answers. */
@Controller
class LetterController {

    private final BodyResolver bodies;
    private final LetterCatalog letters;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterDocuments documents;

    LetterController(BodyResolver bodies, LetterCatalog letters, MotionCatalog motions,
            CommitmentCatalog commitments, LetterDocuments documents) {
        this.documents = documents;
        this.bodies = bodies;
        this.letters = letters;
        this.motions = motions;
        this.commitments = commitments;
    }

    @GetMapping("/{body:[a-z0-9-]+}/brieven/{id}/origineel")
    org.springframework.http.ResponseEntity<byte[]> original(@PathVariable("body") String slug,
            @PathVariable("id") String id) {
        BodyView body = bodies.require(slug);
        LetterView letter = letters.findPublished(body.bodyId(), parseId(id))
                .orElseThrow(() -> new NotFoundException("brief " + id));
        return documents.find(letter.summary().id()).map(LetterDocuments::download)
                .orElseThrow(() -> new NotFoundException("origineel"));
    }

    /**
     * An item the letter answers, as a link: "Motie RIS323480 — Onderzoek mogelijkheden overweeghuis"; {@code title}
     * is the item's own, or "Motie 12" in the page's language (see {@link MotionSummary#label()}).
     */
    record AnsweredItem(ItemType kind, String number, MessageSourceResolvable title, String href,
            LetterResponse response) {
    }

    @GetMapping("/{body:[a-z0-9-]+}/brieven/{id}")
    String letter(@PathVariable("body") String slug, @PathVariable("id") String id, Model model) {
        BodyView body = bodies.require(slug);
        LetterView letter = letters.findPublished(body.bodyId(), parseId(id))
                .orElseThrow(() -> new NotFoundException("brief " + id));
        List<Long> motionIds = new ArrayList<>();
        List<Long> commitmentIds = new ArrayList<>();
        for (LetterAnswer answer : letter.answers()) {
            (answer.item() instanceof MotionId ? motionIds : commitmentIds).add(answer.item().value());
        }
        Map<Long, MotionSummary> motionById = motions.publishedSummaries(motionIds);
        Map<Long, CommitmentSummary> commitmentById = commitments.publishedSummaries(commitmentIds);
        List<AnsweredItem> answered = new ArrayList<>();
        for (LetterAnswer answer : letter.answers()) {
            if (answer.item() instanceof MotionId motionId && motionById.containsKey(motionId.value())) {
                MotionSummary motion = motionById.get(motionId.value());
                answered.add(new AnsweredItem(ItemType.MOTION, motion.registrationNumber(), motion.label(),
                        PublicPaths.motion(slug, motion.urlKey()), answer.response()));
            } else if (answer.item() instanceof CommitmentId commitmentId
                    && commitmentById.containsKey(commitmentId.value())) {
                CommitmentSummary commitment = commitmentById.get(commitmentId.value());
                answered.add(new AnsweredItem(ItemType.COMMITMENT, commitment.number(), Phrase.text(commitment.text()),
                        PublicPaths.commitment(slug, commitment.urlKey()), answer.response()));
            }
        }
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("letter", letter);
        model.addAttribute("answered", answered);
        model.addAttribute("original", documents.info(letter.summary().id()).orElse(null));
        return "letter";
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("brief " + id);
        }
    }
}
