package nl.motiemonitor.portal;

import java.util.List;
import java.util.Locale;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionRequests;
import nl.motiemonitor.motion.MotionView;
import nl.motiemonitor.search.SimilarMotions;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.NotFoundException;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A motion's page: its clauses under their headings, its requests when it is tracked per request, its letters, its history and similar motions adopted elsewhere.
 */
@Controller
class MotionController {

    private final BodyResolver bodyResolver;
    private final Bodies bodies;
    private final MotionCatalog motions;
    private final LetterCatalog letters;
    private final TermAttributes termAttributes;
    private final SimilarMotions similar;
    private final MotionRequests requests;
    private final Terms terms;
    private final PageReads reads;

    MotionController(BodyResolver bodyResolver, Bodies bodies, MotionCatalog motions, LetterCatalog letters,
            SimilarMotions similar, TermAttributes termAttributes, MotionRequests requests, Terms terms,
            PageReads reads) {
        this.reads = reads;
        this.requests = requests;
        this.terms = terms;
        this.bodyResolver = bodyResolver;
        this.bodies = bodies;
        this.motions = motions;
        this.letters = letters;
        this.similar = similar;
        this.termAttributes = termAttributes;
    }

    @GetMapping("/{body:[a-z0-9-]+}/moties/{number}")
    String motion(@PathVariable("body") String slug, @PathVariable("number") String number, Model model) {
        return reads.of(() -> read(slug, number, model));
    }

    private String read(String slug, String number, Model model) {
        BodyView body = bodyResolver.require(slug);
        String urlKey = number.toLowerCase(Locale.ROOT);
        if (!urlKey.equals(number)) {
            return "redirect:" + PublicPaths.motion(slug, urlKey);
        }
        MotionView motion = motions.findPublished(body.bodyId(), urlKey)
                .orElseThrow(() -> new NotFoundException("motie " + number));
        List<AnsweringLetter> answering = letters.answeringMotions(List.of(motion.summary().id()))
                .getOrDefault(motion.summary().id(), List.of());
        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("motion", motion);
        model.addAttribute("sponsors", bodies.members(motion.sponsorIds()));
        model.addAttribute("letters", answering);
        model.addAttribute("publishedLetterIds", answering.stream().map(answer -> answer.letter().id())
                .collect(java.util.stream.Collectors.toSet()));
        termAttributes.add(model, new MotionId(motion.summary().id()), body.bodyId());
        model.addAttribute("feed", new FeedLink(PublicPaths.feed(PublicPaths.motion(slug, urlKey)),
                "feed.title.motion", motion.summary().registrationNumber()));
        model.addAttribute("requests", requests.of(motion.summary().id()));
        model.addAttribute("requestTerms", terms.requestTerms(List.of(motion.summary().id())));
        model.addAttribute("replacements", motions.replacements(motion.summary().id(), true));
        model.addAttribute("adoptedElsewhere", similar.adoptedElsewhere(motion.summary().id()));
        return "motion";
    }
}
