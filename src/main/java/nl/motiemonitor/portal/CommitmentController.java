package nl.motiemonitor.portal;

import java.util.List;
import java.util.Locale;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentView;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A commitment's page: the promise, where it was made, its term, letters and history. */
@Controller
class CommitmentController {

    private final BodyResolver bodyResolver;
    private final Bodies bodies;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final TermAttributes termAttributes;

    CommitmentController(BodyResolver bodyResolver, Bodies bodies, CommitmentCatalog commitments,
            LetterCatalog letters, TermAttributes termAttributes) {
        this.bodyResolver = bodyResolver;
        this.bodies = bodies;
        this.commitments = commitments;
        this.letters = letters;
        this.termAttributes = termAttributes;
    }

    @GetMapping("/{body:[a-z0-9-]+}/toezeggingen/{number}")
    String commitment(@PathVariable("body") String slug, @PathVariable("number") String number, Model model) {
        BodyView body = bodyResolver.require(slug);
        String urlKey = number.toLowerCase(Locale.ROOT);
        if (!urlKey.equals(number)) {
            return "redirect:" + PublicPaths.commitment(slug, urlKey);
        }
        CommitmentView commitment = commitments.findPublished(body.bodyId(), urlKey)
                .orElseThrow(() -> new NotFoundException("toezegging " + number));
        Long id = commitment.summary().id();
        List<AnsweringLetter> answering = letters.answeringCommitments(List.of(id)).getOrDefault(id, List.of());
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("commitment", commitment);
        model.addAttribute("requestedBy", commitment.requestedByMemberId() == null ? null
                : bodies.members(List.of(commitment.requestedByMemberId())).stream().findFirst().orElse(null));
        model.addAttribute("madeInLetter", commitment.madeInLetterId() == null ? null
                : letters.findPublished(body.bodyId(), commitment.madeInLetterId()).map(l -> l.summary()).orElse(null));
        model.addAttribute("letters", answering);
        model.addAttribute("parts", commitments.parts(id, true));
        model.addAttribute("publishedLetterIds", answering.stream().map(answer -> answer.letter().id())
                .collect(java.util.stream.Collectors.toSet()));
        termAttributes.add(model, new CommitmentId(commitment.summary().id()), body.bodyId());
        model.addAttribute("feed", new FeedLink(PublicPaths.feed(PublicPaths.commitment(slug, urlKey)),
                "feed.title.commitment", commitment.summary().number()));
        return "commitment";
    }
}
