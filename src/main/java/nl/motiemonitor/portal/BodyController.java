package nl.motiemonitor.portal;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.FeedLink;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A body's page: its motions and commitments, filtered by status and year, a page at a time; and each list as CSV
 * and Excel with the same filters, every item at once ({@code /den-haag/moties.csv?status=open}).
 */
@Controller
class BodyController {

    static final int PAGE_SIZE = 20;

    private final BodyResolver bodies;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final BodyLists lists;
    private final BodyListTables tables;
    private final TableDownloads downloads;
    private final Terms terms;
    private final SharedBodyValues shared;
    private final PageReads reads;

    BodyController(BodyResolver bodies, MotionCatalog motions, CommitmentCatalog commitments, BodyLists lists,
            BodyListTables tables, TableDownloads downloads, Terms terms, SharedBodyValues shared, PageReads reads) {
        this.shared = shared;
        this.reads = reads;
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.lists = lists;
        this.tables = tables;
        this.downloads = downloads;
        this.terms = terms;
    }

    @GetMapping("/{body:[a-z0-9-]+}")
    String body(@PathVariable("body") String slug,
            @RequestParam(name = "status", required = false) String statusParam,
            @RequestParam(name = "jaar", required = false) String yearParam,
            @RequestParam(name = "pagina", required = false) String pageParam,
            @RequestParam(name = "toezeggingen-pagina", required = false) String commitmentPageParam,
            Model model) {
        return reads.of(() -> read(slug, statusParam, yearParam, pageParam, commitmentPageParam, model));
    }

    private String read(String slug, String statusParam, String yearParam, String pageParam,
            String commitmentPageParam, Model model) {
        BodyView body = bodies.require(slug);
        ItemListFilter filter = ItemListFilter.parse(statusParam, yearParam);
        Page<MotionSummary> motionPage = lists.motions(body, filter,
                PageRequest.of(pageIndex(pageParam), PAGE_SIZE, BodyLists.MOTIONS_NEWEST_FIRST));
        Page<CommitmentSummary> commitmentPage = lists.commitments(body, filter,
                PageRequest.of(pageIndex(commitmentPageParam), PAGE_SIZE, BodyLists.COMMITMENTS_NEWEST_FIRST));

        List<Integer> years = shared.get(body, "years", () -> {
            TreeSet<Integer> all = new TreeSet<>(Comparator.reverseOrder());
            all.addAll(motions.publishedAdoptionYears(body.bodyId()));
            all.addAll(commitments.publishedYears(body.bodyId()));
            return List.copyOf(all);
        });

        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("notices", filter.notices());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("selectedStatus", filter.status());
        model.addAttribute("partlySelected", filter.partly());
        model.addAttribute("selectedYear", filter.year());
        model.addAttribute("years", years);
        model.addAttribute("motionPage", motionPage);
        model.addAttribute("motions", lists.motionRows(motionPage.getContent()));
        model.addAttribute("commitmentPage", commitmentPage);
        model.addAttribute("commitments", lists.commitmentRows(commitmentPage.getContent()));
        model.addAttribute("today", terms.today());
        model.addAttribute("termCounts", shared.get(body, "termCounts", () -> terms.counts(body.bodyId())));
        model.addAttribute("feed", new FeedLink("/" + body.slug() + "/feed", "feed.title.body", body.name()));
        model.addAttribute("filterParams", new FilterParams(filter, motionPage.getNumber() + 1,
                commitmentPage.getNumber() + 1));
        return "body";
    }

    /**
     * The motions or the commitments of the page as a file, with the page's filters; back to the page (which says
     * why) for a filter it does not know or more items than a download holds.
     */
    @GetMapping("/{body:[a-z0-9-]+}/{list:moties|toezeggingen}.{format:[a-z]+}")
    ResponseEntity<byte[]> download(@PathVariable("body") String slug, @PathVariable("list") String list,
            @PathVariable("format") String extension,
            @RequestParam(name = "status", required = false) String statusParam,
            @RequestParam(name = "jaar", required = false) String yearParam, HttpServletRequest request) {
        BodyView body = bodies.require(slug);
        TableFormat format = TableDownloads.format(extension);
        ItemListFilter filter = ItemListFilter.parse(statusParam, yearParam);
        boolean motionList = "moties".equals(list);
        long rows = motionList ? lists.countMotions(body, filter) : lists.countCommitments(body, filter);
        if (!filter.notices().isEmpty() || !downloads.fits(rows)) {
            return TableDownloads.backTo(TableDownloads.page("/" + body.slug(), request.getQueryString()) + "#" + list);
        }
        return downloads.send(format, motionList ? tables.motions(body, filter) : tables.commitments(body, filter),
                list + "-" + body.slug());
    }

    /** The query of the current list, so pagination links keep the filters. */
    record FilterParams(ItemListFilter filter, int page, int commitmentPage) {

        /** The query string for this list with {@code param} set to page {@code number}: "?status=open&pagina=2". */
        public String href(String param, int number) {
            StringBuilder query = new StringBuilder(filter.query());
            int motionPage = "pagina".equals(param) ? number : page;
            int commitments = "toezeggingen-pagina".equals(param) ? number : commitmentPage;
            if (motionPage > 1) {
                query.append("&pagina=").append(motionPage);
            }
            if (commitments > 1) {
                query.append("&toezeggingen-pagina=").append(commitments);
            }
            return query.isEmpty() ? "?" : "?" + (query.charAt(0) == '&' ? query.substring(1) : query);
        }

        /** The filters of the list, for its downloads: "?status=open&jaar=2021", or "". */
        public String downloadQuery() {
            return filter.query().isEmpty() ? "" : "?" + filter.query();
        }
    }

    /** 1-based page number from the URL; anything odd means the first page. */
    private static int pageIndex(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            return page >= 1 && page <= 100_000 ? page - 1 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
