package nl.motiemonitor.portal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterSummary;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.web.FeedLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: every body with its items counted by status, and the latest letters. */
@Controller
class HomeController {

    static final int LATEST_LETTERS = 10;

    private final Bodies bodies;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;

    HomeController(Bodies bodies, MotionCatalog motions, CommitmentCatalog commitments, LetterCatalog letters) {
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
    }

    record BodyRow(BodyView body, Map<ItemStatus, Long> counts, long total) {
    }

    record LetterRow(LetterSummary letter, BodyView body) {
    }

    @GetMapping("/")
    String home(Model model) {
        Map<Long, Map<ItemStatus, Long>> motionCounts = motions.publishedStatusCountsPerBody();
        Map<Long, Map<ItemStatus, Long>> commitmentCounts = commitments.publishedStatusCountsPerBody();
        List<BodyView> all = bodies.all();
        List<BodyRow> rows = all.stream().map(body -> {
            Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
            Arrays.stream(ItemStatus.values()).forEach(status -> counts.put(status,
                    motionCounts.getOrDefault(body.id(), Map.of()).getOrDefault(status, 0L)
                            + commitmentCounts.getOrDefault(body.id(), Map.of()).getOrDefault(status, 0L)));
            return new BodyRow(body, counts, counts.values().stream().mapToLong(Long::longValue).sum());
        }).toList();
        Map<Long, BodyView> byId = all.stream().collect(java.util.stream.Collectors.toMap(BodyView::id, b -> b));
        model.addAttribute("bodies", rows);
        model.addAttribute("latestLetters", letters.latestPublished(LATEST_LETTERS).stream()
                .map(letter -> new LetterRow(letter, byId.get(letter.bodyId()))).toList());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("feed", new FeedLink("/feed", "feed.title.all", null));
        return "home";
    }
}
