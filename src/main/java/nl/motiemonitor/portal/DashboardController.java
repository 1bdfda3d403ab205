package nl.motiemonitor.portal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.dashboard.BodyComparison;
import nl.motiemonitor.dashboard.BodyDashboard;
import nl.motiemonitor.dashboard.Dashboards;
import nl.motiemonitor.dashboard.NationalDashboard;
import nl.motiemonitor.dashboard.QuarterFigures;
import nl.motiemonitor.dashboard.StatusCount;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public dashboards: {@code /{body}/overzicht} for one body, {@code /overzicht} for all of them. */
@Controller
class DashboardController {

    /** How the comparison of bodies can be sorted ({@code ?sorteer=}), with its label. */
    enum Sort {
        NAAM("naam", "Naam", Comparator.comparing(BodyComparison::name)),
        BINNEN_TERMIJN("binnen-termijn", "% op tijd beantwoord", Comparator.comparing(
                (BodyComparison b) -> b.terms().percentInTime(), Comparator.nullsLast(Comparator.reverseOrder()))),
        MEDIAAN("mediaan", "Mediaan dagen tot afdoening", Comparator.comparing(
                (BodyComparison b) -> b.terms().medianDays(), Comparator.nullsLast(Comparator.naturalOrder()))),
        TE_LAAT("te-laat", "Te laat", Comparator.comparing(BodyComparison::late).reversed()),
        WACHT_OP_BESLUIT("wacht-op-besluit", "Wacht op besluit", Comparator.comparing(
                BodyComparison::awaitingDecision).reversed()),
        OPEN("open", "Open", Comparator.comparing(BodyComparison::open).reversed());

        final String slug;
        final String label;
        final Comparator<BodyComparison> order;

        Sort(String slug, String label, Comparator<BodyComparison> order) {
            this.slug = slug;
            this.label = label;
            this.order = order.thenComparing(BodyComparison::name);
        }

        public String slug() {
            return slug;
        }

        public String label() {
            return label;
        }

        static Sort fromSlug(String slug) {
            for (Sort sort : values()) {
                if (sort.slug.equals(slug)) {
                    return sort;
                }
            }
            return NAAM;
        }
    }

    private final BodyResolver bodies;
    private final Dashboards dashboards;
    private final NationalDashboard nationalDashboard;
    private final Terms terms;

    DashboardController(BodyResolver bodies, Dashboards dashboards, NationalDashboard nationalDashboard,
            Terms terms) {
        this.bodies = bodies;
        this.dashboards = dashboards;
        this.nationalDashboard = nationalDashboard;
        this.terms = terms;
    }

    @GetMapping("/overzicht")
    String national(@RequestParam(name = "sorteer", required = false) String sortParam, Model model) {
        LocalDate today = terms.today();
        Sort sort = Sort.fromSlug(sortParam);
        NationalDashboard.Snapshot national = nationalDashboard.get(today);
        List<BodyComparison> comparison = national.comparison().stream().sorted(sort.order).toList();
        addDashboard(model, national.dashboard(), today, "alle bestuursorganen");
        model.addAttribute("computedAt", national.computedAt());
        model.addAttribute("comparison", comparison);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("council", "de raad, Staten, het algemeen bestuur of de Kamer");
        model.addAttribute("body", null);
        model.addAttribute("theme", null);
        return "dashboard";
    }

    @GetMapping("/{body:[a-z0-9-]+}/overzicht")
    String body(@PathVariable("body") String slug, Model model) {
        BodyView body = bodies.require(slug);
        LocalDate today = terms.today();
        addDashboard(model, dashboards.dashboard(body.id(), today), today, body.name());
        model.addAttribute("body", body);
        model.addAttribute("council", body.kind().council());
        model.addAttribute("theme", body.theme());
        model.addAttribute("bodyTerm", terms.bodyTerm(body.id()));
        return "dashboard";
    }

    private static void addDashboard(Model model, BodyDashboard dashboard, LocalDate today, String scope) {
        List<QuarterFigures> quarters = dashboard.quarters();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("today", today);
        model.addAttribute("scope", scope);
        model.addAttribute("quarterChart", BarChart.of("grafiek-kwartalen", "Moties per kwartaal",
                "Aangenomen en afgedane moties van " + scope + " per kwartaal, de laatste " + quarters.size()
                        + " kwartalen. Dezelfde cijfers staan in de tabel hieronder.",
                List.of("Aangenomen", "Afgedaan"), List.of("mm-chart__bar--adopted", "mm-chart__bar--discharged"),
                quarters.stream().map(QuarterFigures::quarter).toList(),
                quarters.stream().map(q -> List.of(q.adopted(), q.discharged())).toList()));
        List<StatusCount> statuses = dashboard.statuses();
        model.addAttribute("statusChart", BarChart.of("grafiek-status", "Moties en toezeggingen per status",
                "Aantal moties en toezeggingen van " + scope + " per status. Dezelfde cijfers staan in de tabel.",
                List.of("Moties", "Toezeggingen"), List.of("mm-chart__bar--adopted", "mm-chart__bar--commitments"),
                statuses.stream().map(s -> s.status().label()).toList(),
                statuses.stream().map(s -> List.of(s.motions(), s.commitments())).toList()));
    }
}
