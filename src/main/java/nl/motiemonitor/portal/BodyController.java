package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.FeedLink;
import nl.motiemonitor.web.Notices;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A body's page: its motions and commitments, filtered by status and year, a page at a time. */
@Controller
class BodyController {

    static final int PAGE_SIZE = 20;

    private final BodyResolver bodies;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final Terms terms;

    BodyController(BodyResolver bodies, MotionCatalog motions, CommitmentCatalog commitments, LetterCatalog letters,
            Terms terms) {
        this.bodies = bodies;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.terms = terms;
    }

    record MotionRow(MotionSummary motion, ItemTerm term, AnsweringLetter latestLetter) {
    }

    record CommitmentRow(CommitmentSummary commitment, ItemTerm term, AnsweringLetter latestLetter) {
    }

    /** The status filter's value for motions of which some requests are discharged, not all. */
    static final String PARTLY_DISCHARGED = "deels-afgedaan";

    @GetMapping("/{body:[a-z0-9-]+}")
    String body(@PathVariable("body") String slug,
            @RequestParam(name = "status", required = false) String statusParam,
            @RequestParam(name = "jaar", required = false) String yearParam,
            @RequestParam(name = "pagina", required = false) String pageParam,
            @RequestParam(name = "toezeggingen-pagina", required = false) String commitmentPageParam,
            Model model) {
        BodyView body = bodies.require(slug);
        List<MessageSourceResolvable> notices = new ArrayList<>();
        ItemStatus status = null;
        boolean partly = PARTLY_DISCHARGED.equals(statusParam);
        if (statusParam != null && !statusParam.isBlank() && !partly) {
            Optional<ItemStatus> parsed = ItemStatus.fromSlug(statusParam);
            if (parsed.isPresent()) {
                status = parsed.get();
            } else {
                notices.add(Notices.of("filter.notice.status", statusParam));
            }
        }
        Integer year = null;
        if (yearParam != null && !yearParam.isBlank()) {
            year = parseYear(yearParam);
            if (year == null) {
                notices.add(Notices.of("filter.notice.year", yearParam));
            }
        }
        Sort newestFirst = Sort.by(Sort.Order.desc("adoptedOn").nullsLast(), Sort.Order.desc("id"));
        Page<MotionSummary> motionPage = motions.listPublished(body.bodyId(), status, partly, year,
                PageRequest.of(pageIndex(pageParam), PAGE_SIZE, newestFirst));
        PageRequest commitmentPageRequest = PageRequest.of(pageIndex(commitmentPageParam), PAGE_SIZE,
                Sort.by(Sort.Order.desc("madeOn").nullsLast(), Sort.Order.desc("id")));
        // only motions have requests, so no commitment is "deels afgedaan"
        Page<CommitmentSummary> commitmentPage = partly ? Page.empty(commitmentPageRequest)
                : commitments.listPublished(body.bodyId(), status, year, commitmentPageRequest);

        var today = terms.today();
        Map<Long, List<AnsweringLetter>> motionLetters = letters.answeringMotions(
                motionPage.getContent().stream().map(MotionSummary::id).toList());
        Map<Long, List<AnsweringLetter>> commitmentLetters = letters.answeringCommitments(
                commitmentPage.getContent().stream().map(CommitmentSummary::id).toList());

        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(motions.publishedAdoptionYears(body.bodyId()));
        years.addAll(commitments.publishedYears(body.bodyId()));

        model.addAttribute("body", body);
        model.addAttribute("theme", body.theme());
        model.addAttribute("notices", notices);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("selectedStatus", status);
        model.addAttribute("partlySelected", partly);
        model.addAttribute("selectedYear", year);
        model.addAttribute("years", years);
        model.addAttribute("motionPage", motionPage);
        Map<Long, ItemTerm> motionTerms = terms.terms(TermItem.MOTION,
                motionPage.getContent().stream().map(MotionSummary::id).toList());
        model.addAttribute("motions", motionPage.getContent().stream().map(motion -> {
            ItemTerm term = motionTerms.get(motion.id());
            return new MotionRow(motion, term, first(motionLetters.get(motion.id())));
        }).toList());
        model.addAttribute("commitmentPage", commitmentPage);
        Map<Long, ItemTerm> commitmentTerms = terms.terms(TermItem.COMMITMENT,
                commitmentPage.getContent().stream().map(CommitmentSummary::id).toList());
        model.addAttribute("commitments", commitmentPage.getContent().stream().map(commitment -> {
            ItemTerm term = commitmentTerms.get(commitment.id());
            return new CommitmentRow(commitment, term, first(commitmentLetters.get(commitment.id())));
        }).toList());
        model.addAttribute("today", today);
        model.addAttribute("termCounts", terms.counts(body.bodyId()));
        model.addAttribute("feed", new FeedLink("/" + body.slug() + "/feed", "feed.title.body", body.name()));
        model.addAttribute("filterParams", new FilterParams(partly ? PARTLY_DISCHARGED
                : status == null ? null : status.slug(), year,
                motionPage.getNumber() + 1, commitmentPage.getNumber() + 1));
        return "body";
    }

    /** The query of the current list, so pagination links keep the filters. */
    record FilterParams(String status, Integer year, int page, int commitmentPage) {

        /** The query string for this list with {@code param} set to page {@code number}: "?status=open&pagina=2". */
        public String href(String param, int number) {
            StringBuilder query = new StringBuilder();
            if (status != null) {
                query.append("&status=").append(status);
            }
            if (year != null) {
                query.append("&jaar=").append(year);
            }
            int motionPage = "pagina".equals(param) ? number : page;
            int commitments = "toezeggingen-pagina".equals(param) ? number : commitmentPage;
            if (motionPage > 1) {
                query.append("&pagina=").append(motionPage);
            }
            if (commitments > 1) {
                query.append("&toezeggingen-pagina=").append(commitments);
            }
            return query.isEmpty() ? "?" : "?" + query.substring(1);
        }
    }

    private static AnsweringLetter first(List<AnsweringLetter> letters) {
        return letters == null || letters.isEmpty() ? null : letters.get(0);
    }

    private static Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value.strip());
            return year >= 1800 && year <= 2200 ? year : null;
        } catch (NumberFormatException e) {
            return null;
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
