package nl.motiemonitor.portal;

import java.util.ArrayList;
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
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The front page: every body with its items counted by status, and the latest letters; the table of bodies also as
 * CSV and Excel ({@code /bestuursorganen.csv}, {@code .xlsx}).
 */
@Controller
class HomeController {

    static final int LATEST_LETTERS = 10;

    private final Bodies bodies;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final TableDownloads downloads;

    HomeController(Bodies bodies, MotionCatalog motions, CommitmentCatalog commitments, LetterCatalog letters,
            TableDownloads downloads) {
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.downloads = downloads;
    }

    record BodyRow(BodyView body, Map<ItemStatus, Long> counts, long total) {
    }

    record LetterRow(LetterSummary letter, BodyView body) {
    }

    @GetMapping("/")
    String home(Model model) {
        List<BodyView> all = bodies.all();
        Map<Long, BodyView> byId = all.stream().collect(java.util.stream.Collectors.toMap(BodyView::id, b -> b));
        model.addAttribute("bodies", rows(all));
        model.addAttribute("latestLetters", letters.latestPublished(LATEST_LETTERS).stream()
                .map(letter -> new LetterRow(letter, byId.get(letter.bodyId()))).toList());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("feed", new FeedLink("/feed", "feed.title.all", null));
        return "home";
    }

    /** The front page's table of bodies as a file: its columns, the kind of body, and a link to each body's page. */
    @GetMapping("/bestuursorganen.{format:[a-z]+}")
    ResponseEntity<byte[]> bodiesTable(@PathVariable("format") String extension) {
        TableFormat format = TableDownloads.format(extension);
        List<String> headings = new ArrayList<>(List.of(downloads.nl("home.bodies.body"), downloads.nl("search.bodyKind")));
        Arrays.stream(ItemStatus.values()).forEach(status -> headings.add(downloads.nl("status." + status.name())));
        headings.addAll(List.of(downloads.nl("home.bodies.total"), downloads.nl("download.col.link")));
        Table.Builder table = Table.builder(downloads.nl("download.title", downloads.nl("home.bodies.caption"),
                downloads.nl("dashboard.scope.all")), downloads.asOf(), headings);
        for (BodyRow row : rows(bodies.all())) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.body().name()),
                    Cell.text(downloads.nl("body.kind." + row.body().kind().name()))));
            Arrays.stream(ItemStatus.values()).forEach(status -> cells.add(Cell.number(row.counts().get(status))));
            cells.addAll(List.of(Cell.number(row.total()), downloads.link(PublicPaths.body(row.body().slug()))));
            table.row(cells);
        }
        return downloads.send(format, table.build(), "bestuursorganen");
    }

    /** Every body with its published motions and commitments counted by status. */
    private List<BodyRow> rows(List<BodyView> all) {
        Map<Long, Map<ItemStatus, Long>> motionCounts = motions.publishedStatusCountsPerBody();
        Map<Long, Map<ItemStatus, Long>> commitmentCounts = commitments.publishedStatusCountsPerBody();
        return all.stream().map(body -> {
            Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
            Arrays.stream(ItemStatus.values()).forEach(status -> counts.put(status,
                    motionCounts.getOrDefault(body.id(), Map.of()).getOrDefault(status, 0L)
                            + commitmentCounts.getOrDefault(body.id(), Map.of()).getOrDefault(status, 0L)));
            return new BodyRow(body, counts, counts.values().stream().mapToLong(Long::longValue).sum());
        }).toList();
    }
}
